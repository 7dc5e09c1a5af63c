package org.lingong.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers typed into a comment are starred whole; other digits and the text stay as written. */
class FreeTextTests {

    @Test
    void mobileNumbersAreStarredHoweverTheyAreWritten() {
        assertThat(FreeText.clean("有事打13912345678找我")).isEqualTo("有事打***********找我");
        assertThat(FreeText.clean("电话 139 1234 5678。")).isEqualTo("电话 *** **** ****。");
        assertThat(FreeText.clean("+86-139-1234-5678")).isEqualTo("+**-***-****-****");
        assertThat(FreeText.clean("全角１３９１２３４５６７８")).isEqualTo("全角***********");
    }

    @Test
    void residentIdNumbersAreStarredWithTheirCheckCharacter() {
        assertThat(FreeText.clean("身份证11010519491231002X丢了")).isEqualTo("身份证******************丢了");
        assertThat(FreeText.clean("110105 19491231 0021")).isEqualTo("****** ******** ****");
    }

    @Test
    void otherNumbersTextAndMarkupStayAsWritten() {
        assertThat(FreeText.clean("干了 8 小时，工资 180 元，单号 2026120712")).isEqualTo("干了 8 小时，工资 180 元，单号 2026120712");
        assertThat(FreeText.clean("<b>好</b> & 准时")).isEqualTo("<b>好</b> & 准时");
        // Twelve digits are no mobile number.
        assertThat(FreeText.clean("139123456789")).isEqualTo("139123456789");
    }

    @Test
    void controlCharactersGoAndAnEmptyCommentIsNone() {
        assertThat(FreeText.clean("好\u0000人\n再来")).isEqualTo("好 人\n再来");
        assertThat(FreeText.clean("   ")).isNull();
        assertThat(FreeText.clean(null)).isNull();
    }
}
