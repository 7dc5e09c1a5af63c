package org.lingong.core.regions;

import java.util.Locale;
import java.util.Map;
import org.lingong.core.problem.Problems;

/** Why a region is refused: the field it concerns and a message key of the network bundles with its arguments. */
record Reason(String field, String key, Object... arguments) {

    Map<String, String> bilingual(Problems texts) {
        return Map.of("zh", texts.text(key, Locale.SIMPLIFIED_CHINESE, arguments),
                "en", texts.text(key, Locale.ENGLISH, arguments));
    }

    Map<String, String> fieldError(Problems texts, Locale locale) {
        return Map.of("field", field, "message", texts.text(key, locale, arguments));
    }
}
