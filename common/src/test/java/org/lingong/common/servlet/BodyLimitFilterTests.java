package org.lingong.common.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.problem.Problems;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodyLimitFilterTests {

    private static final int LIMIT = 1024;
    private final BodyLimitFilter filter = new BodyLimitFilter(LIMIT, new ProblemResponses(new Problems()));

    @Test
    void aDeclaredLengthOverTheLimitIsAnsweredWithProblemJsonBeforeTheBodyIsRead() throws Exception {
        AtomicLong read = new AtomicLong();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/jobs") {
            @Override
            public long getContentLengthLong() {
                return LIMIT + 1;
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                read.incrementAndGet();
                return super.getInputStream();
            }
        };
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain ran");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("/content-too-large", "Request content too large");
        assertThat(read).hasValue(0);
    }

    @Test
    void aBodyOfUndeclaredLengthIsRefusedAtTheFirstByteOverTheLimit() throws Exception {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/jobs") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(endless);
            }
        };
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            InputStream body = req.getInputStream();
            assertThatThrownBy(body::readAllBytes).isInstanceOfSatisfying(ProblemException.class,
                    problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONTENT_TOO_LARGE));
        });
        assertThat(served.get()).isLessThanOrEqualTo(LIMIT + 64 * 1024);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/jobs");
        request.setContent(new byte[LIMIT]);
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) ->
                assertThat(((HttpServletRequest) req).getInputStream().readAllBytes()).hasSize(LIMIT));
    }
}
