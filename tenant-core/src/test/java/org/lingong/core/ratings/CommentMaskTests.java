package org.lingong.core.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers typed into a comment are starred whole; other digits and the text stay as written. */
class CommentMaskTests {

    @Test
    void mobileNumbersAreStarredHoweverTheyAreWritten() {
        assertThat(CommentMask.clean("有事打13912345678找我")).isEqualTo("有事打***********找我");
        assertThat(CommentMask.clean("电话 139 1234 5678。")).isEqualTo("电话 *** **** ****。");
        assertThat(CommentMask.clean("+86-139-1234-5678")).isEqualTo("+**-***-****-****");
        assertThat(CommentMask.clean("全角１３９１２３４５６７８")).isEqualTo("全角***********");
    }

    @Test
    void residentIdNumbersAreStarredWithTheirCheckCharacter() {
        assertThat(CommentMask.clean("身份证11010519491231002X丢了")).isEqualTo("身份证******************丢了");
        assertThat(CommentMask.clean("110105 19491231 0021")).isEqualTo("****** ******** ****");
    }

    @Test
    void otherNumbersTextAndMarkupStayAsWritten() {
        assertThat(CommentMask.clean("干了 8 小时，工资 180 元，单号 2026120712")).isEqualTo("干了 8 小时，工资 180 元，单号 2026120712");
        assertThat(CommentMask.clean("<b>好</b> & 准时")).isEqualTo("<b>好</b> & 准时");
        // Twelve digits are no mobile number.
        assertThat(CommentMask.clean("139123456789")).isEqualTo("139123456789");
    }

    @Test
    void controlCharactersGoAndAnEmptyCommentIsNone() {
        assertThat(CommentMask.clean("好\u0000人\n再来")).isEqualTo("好 人\n再来");
        assertThat(CommentMask.clean("   ")).isNull();
        assertThat(CommentMask.clean(null)).isNull();
    }
}
