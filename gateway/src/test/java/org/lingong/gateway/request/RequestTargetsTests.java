package org.lingong.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetsTests {

    @ParameterizedTest
    @ValueSource(strings = {"/t/suqian/api/v1/jobs?page=2", "/t/suqian/api/v1/jobs/%E4%BF%9D%E6%B4%81",
        "/api/v1/jobs/nearby?q=%E4%BF%9D&lat=33.9", "/", "*", "http://suqian.lingong.cn/api/v1/jobs",
        "/t/suqian/api/v1/jobs;x=1", "/api?q=a+b&x=%20"})
    void readableTargetsPass(String target) {
        assertThat(RequestTargets.readable(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/t/suqian/api/v1/%zz", "/jobs/%", "/jobs/%4", "/jobs?q=%zz", "/jobs/a b",
        "/jobs/a\"b", "/jobs/{id}", "/jobs/a|b", "/jobs/%C3%28", "/jobs/%FF", "/jobs/%ED%A0%80", "/jobs?q=%E4%BF",
        "/jobs/\u0001", "/jobs/\u007f"})
    void targetsThatAreNotUtf8UrisDoNot(String target) {
        assertThat(RequestTargets.readable(target)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/suqian/api/v1/职位", "/jobs?q=保洁"})
    void rawNonAsciiBytesDoNot(String target) {
        // Netty reads the request line's bytes one char each (ISO-8859-1), as the gateway then sees them.
        String asReceived = new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(RequestTargets.readable(asReceived)).isFalse();
    }
}
