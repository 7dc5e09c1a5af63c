package org.lingong.admin.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the UI speaks; the first is the default. */
public final class UiLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private UiLocales() {
    }
}
