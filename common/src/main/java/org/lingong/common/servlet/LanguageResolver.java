package org.lingong.common.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lingong.common.i18n.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/** The request's locale after {@link Languages}, so validation messages and problem titles share one language. */
final class LanguageResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language follows the Accept-Language header");
    }
}
