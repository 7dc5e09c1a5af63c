package org.lingong.gateway.bodylimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BodyLimitFilterTests {

    @Test
    void limitsAreNamedTheWayPeopleWriteThem() {
        assertThat(BodyLimitFilter.readable(DataSize.ofMegabytes(10))).isEqualTo("10 MB");
        assertThat(BodyLimitFilter.readable(DataSize.ofKilobytes(256))).isEqualTo("256 KB");
        assertThat(BodyLimitFilter.readable(DataSize.ofKilobytes(1536))).isEqualTo("1536 KB");
        assertThat(BodyLimitFilter.readable(DataSize.ofBytes(1500))).isEqualTo("1500 B");
    }
}
