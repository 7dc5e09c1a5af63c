package org.lingong.core.regions;

import java.util.Locale;
import java.util.Map;
import org.lingong.common.problem.FieldError;
import org.springframework.context.MessageSource;

/** Why a region is refused: the field it concerns and a message key of the network bundles with its arguments. */
record Reason(String field, String key, Object... arguments) {

    Map<String, String> bilingual(MessageSource messages) {
        return Map.of("zh", messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE),
                "en", messages.getMessage(key, arguments, Locale.ENGLISH));
    }

    FieldError fieldError(MessageSource messages, Locale locale) {
        return new FieldError(field, messages.getMessage(key, arguments, locale));
    }
}
