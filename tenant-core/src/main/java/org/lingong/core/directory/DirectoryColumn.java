package org.lingong.core.directory;

import java.util.Locale;
import java.util.Objects;

/** One column of a directory, with its header in Chinese and English. */
public record DirectoryColumn(String headerZh, String headerEn) {

    public DirectoryColumn {
        Objects.requireNonNull(headerZh, "headerZh");
        Objects.requireNonNull(headerEn, "headerEn");
    }

    /** English for English-speaking callers, otherwise Chinese. */
    String header(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? headerEn : headerZh;
    }
}
