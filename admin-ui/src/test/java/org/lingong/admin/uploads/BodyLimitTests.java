package org.lingong.admin.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;

class BodyLimitTests {

    private final BodyLimit limit = new BodyLimit(bundles());

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeAnythingReadsIt() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong called = new AtomicLong();

        limit.doFilter(declaring(new byte[0], BodyLimit.MAX_BYTES + 1), response, (in, out) -> called.incrementAndGet());

        assertThat(called).hasValue(0);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("请求内容超过 10 MB，未被接受。", "The request body is larger than 10 MB and was refused.");
    }

    @Test
    void aBodyOfUnknownLengthIsReadUpToTheLimitAndNoFurther() throws Exception {
        FilterChain reader = (in, out) -> drain(in);

        assertThatThrownBy(() -> limit.doFilter(declaring(new byte[(int) BodyLimit.MAX_BYTES + 10], -1),
                new MockHttpServletResponse(), reader)).hasRootCauseInstanceOf(IOException.class).hasMessageContaining("over");
        limit.doFilter(declaring(new byte[(int) BodyLimit.MAX_BYTES], -1), new MockHttpServletResponse(), reader);
    }

    @Test
    void aSmallBodyPassesAsItIs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent("{\"rpc\": []}".getBytes(StandardCharsets.UTF_8));
        AtomicLong read = new AtomicLong();

        limit.doFilter(request, new MockHttpServletResponse(), (in, out) -> read.set(drain(in)));

        assertThat(read).hasValue(11);
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertThat(LimitedUpload.size(256 * 1024)).isEqualTo("256 KB");
        assertThat(LimitedUpload.size(LimitedUpload.MAX_FILE_BYTES)).isEqualTo("10 MB");
        assertThat(LimitedUpload.size(1500)).isEqualTo("2 KB");
    }

    /** A request with this body that declares this length (-1: none, as with chunked transfer). */
    private static MockHttpServletRequest declaring(byte[] body, long length) {
        return new MockHttpServletRequest("POST", "/") {
            {
                setContent(body);
            }

            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
    }

    private static long drain(ServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
