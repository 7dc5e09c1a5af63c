package org.lingong.core.people.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTests {

    @Test
    void anEmailAddressKeepsItsFirstCharacterAndItsDomain() {
        assertThat(Masks.email("zhang.san@example.cn")).isEqualTo("z********@example.cn");
        assertThat(Masks.email("a@example.cn")).isEqualTo("*@example.cn");
        assertThat(Masks.email("no-at-sign")).isEqualTo("n*********");
        assertThat(Masks.email(null)).isNull();
    }
}
