package org.lingong.common.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The platform's language rule: Simplified Chinese first, English second. An answer is in English only when the
 * request's {@code Accept-Language} prefers English to Chinese (RFC 4647 lookup); no header, another language or a
 * malformed header get Chinese — never the server's own locale.
 */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /** The language to answer in for this {@code Accept-Language} header value. */
    public static Locale of(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? CHINESE : best;
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
    }

    public static boolean isEnglish(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
