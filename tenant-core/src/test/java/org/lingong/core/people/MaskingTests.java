package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void theFamilyNameStays() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("李四")).isEqualTo("李*");
        assertThat(Masking.name("王")).isEqualTo("王*");
        assertThat(Masking.name("𠀋一")).isEqualTo("𠀋*");
    }

    @Test
    void anEmailAddressKeepsItsFirstCharacterAndItsDomain() {
        assertThat(Masking.email("zhang.san@example.cn")).isEqualTo("z********@example.cn");
        assertThat(Masking.email("a@example.cn")).isEqualTo("*@example.cn");
        assertThat(Masking.email("no-at-sign")).isEqualTo("n*********");
        assertThat(Masking.email(null)).isNull();
    }
}
