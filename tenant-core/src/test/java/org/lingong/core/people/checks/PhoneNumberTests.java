package org.lingong.core.people.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTests {

    @Test
    void mobileNumbersAreElevenDigitsStartingWith13To19() {
        assertThat(PhoneNumber.normalize("13812341234")).contains("13812341234");
        assertThat(PhoneNumber.normalize("199 1234 5678")).contains("19912345678");
        assertThat(PhoneNumber.normalize("+86 138 1234 1234")).contains("13812341234");
        assertThat(PhoneNumber.normalize("12812341234")).isEmpty();
        assertThat(PhoneNumber.normalize("1381234123")).isEmpty();
        assertThat(PhoneNumber.normalize("138123412345")).isEmpty();
        assertThat(PhoneNumber.normalize("1381234123a")).isEmpty();
    }

    @Test
    void landlinesNeedTheirAreaCode() {
        assertThat(PhoneNumber.normalize("0527-84123456")).contains("0527-84123456");
        assertThat(PhoneNumber.normalize("(010)62751234")).contains("010-62751234");
        assertThat(PhoneNumber.normalize("025-8412345")).contains("025-8412345");
        assertThat(PhoneNumber.normalize("84123456")).isEmpty();
        assertThat(PhoneNumber.normalize("0527-0412345")).isEmpty();
        assertThat(PhoneNumber.normalize("527-84123456")).isEmpty();
    }

    @Test
    void masking() {
        assertThat(PhoneNumber.mask("13812341234")).isEqualTo("138****1234");
        assertThat(PhoneNumber.mask("0527-84123456")).isEqualTo("0527-****3456");
    }
}
