package org.lingong.common.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTests {

    @ParameterizedTest
    @ValueSource(strings = {"a1b2c3d4", "trace:7.f_9-ab", "550e8400-e29b-41d4-a716-446655440000"})
    void aSaneIdIsKept(String sent) {
        assertThat(RequestIds.keepOrCreate(sent)).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "two words here", "line\nbreak-injected", "ünïcode-id-1234",
        "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void anythingElseIsReplacedByANewUuid(String sent) {
        String id = RequestIds.keepOrCreate(sent);
        assertThat(id).isNotEqualTo(sent);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void noIdGetsANewOne() {
        assertThat(RequestIds.keepOrCreate(null)).isNotEqualTo(RequestIds.keepOrCreate(null));
    }
}
