package org.lingong.core.people.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

    @Test
    void publishedCodesOfWellKnownCompaniesPass() {
        // As shown by the National Enterprise Credit Information Publicity System (国家企业信用信息公示系统).
        for (String code : new String[] {
                "914403001922038216", // 华为技术有限公司
                "91440300708461136T", // 深圳市腾讯计算机系统有限公司
                "91330100799655058B", // 阿里巴巴（中国）有限公司
                "91110108551385082Q"  // 小米科技有限责任公司
        }) {
            assertThat(CreditCode.check(code)).as(code).isEmpty();
            assertThat(CreditCode.checkCharacter(code.substring(0, 17))).as(code).isEqualTo(code.charAt(17));
        }
    }

    @Test
    void aGeneratedCodeWithLettersPasses() {
        String first17 = "91321300MA1XY40AB";
        assertThat(CreditCode.check(first17 + CreditCode.checkCharacter(first17))).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsOnlyAWarning() {
        assertThat(CreditCode.check("914403001922038217")).contains(CreditCode.Problem.CHECK_CHARACTER);
        assertThat(CreditCode.check("91440300708461136A")).contains(CreditCode.Problem.CHECK_CHARACTER);
    }

    @Test
    void wrongLengthOrForbiddenCharactersAreErrors() {
        assertThat(CreditCode.check("91440300708461136")).contains(CreditCode.Problem.FORMAT);
        assertThat(CreditCode.check("91440300708461136TT")).contains(CreditCode.Problem.FORMAT);
        for (char forbidden : "IOZSV".toCharArray()) {
            assertThat(CreditCode.check("9144030070846113" + forbidden + "T")).as("" + forbidden)
                    .contains(CreditCode.Problem.FORMAT);
        }
        assertThat(CreditCode.check("91440300708461136t")).contains(CreditCode.Problem.FORMAT);
        assertThat(CreditCode.normalize(" 91440300708461136t ")).isEqualTo("91440300708461136T");
    }

    @Test
    void maskingKeepsTheFirstAndLastFour() {
        assertThat(CreditCode.mask("91440300708461136T")).isEqualTo("9144**********136T");
    }
}
