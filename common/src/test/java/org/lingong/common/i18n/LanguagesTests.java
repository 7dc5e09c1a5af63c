package org.lingong.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTests {

    @ParameterizedTest
    @CsvSource({
        "'', zh-CN",
        "en, en",
        "en-US;q=0.9, en",
        "'zh-CN,zh;q=0.9,en;q=0.8', zh-CN",
        "'fr-FR,de', zh-CN",
        "'de,en;q=0.5', en",
        "zh-TW, zh-CN",
        "';;not a range', zh-CN",
    })
    void englishOnlyWhenItIsPreferredToChinese(String acceptLanguage, String expected) {
        assertThat(Languages.of(acceptLanguage.isEmpty() ? null : acceptLanguage))
                .isEqualTo(Locale.forLanguageTag(expected));
    }
}
