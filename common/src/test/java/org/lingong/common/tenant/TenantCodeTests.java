package org.lingong.common.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"suqian", "lianyungang", "wucheng", "t1", "huai_nan_2"})
    void acceptsPlainCodes(String code) {
        assertThat(new TenantCode(code).schema()).isEqualTo("t_" + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "Suqian", "suqian;drop schema platform", "../suqian", "suqian.", "1suqian",
            "_suqian", "suqіan" /* Cyrillic і */, "ｓｕｑｉａｎ" /* full-width */, "suqian\n", "su qian", "su'qian",
            "a23456789012345678901234567890123"})
    void refusesEverythingElse(String code) {
        assertThat(TenantCode.isValid(code)).isFalse();
        assertThat(TenantCode.parse(code)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new TenantCode(code));
    }
}
