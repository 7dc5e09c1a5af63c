package org.lingong.search.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lingong.search.web.RequestIdFilter;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Builds every problem detail of the service after the scheme described in {@code package-info.java}. */
@Component
class Problems {

    static final String TYPE_BASE = "https://lingong.org.cn/problems/";

    private final MessageSource messages;
    private final LocaleResolver locales;

    Problems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** A problem of the service's own type {@code code}. */
    ProblemDetail of(HttpServletRequest request, HttpStatusCode status, String code, Object... detailArguments) {
        return build(request, status, code, null, detailArguments);
    }

    /**
     * A problem for a plain HTTP status (framework errors, security). Its code comes from the status name, e.g.
     * {@code not-found}; the framework's own detail is kept when the bundles have none for that code.
     */
    ProblemDetail ofStatus(HttpServletRequest request, HttpStatusCode status, @Nullable String frameworkDetail) {
        return build(request, status, codeOf(status), frameworkDetail);
    }

    private ProblemDetail build(HttpServletRequest request, HttpStatusCode status, String code,
            @Nullable String fallbackDetail, Object... detailArguments) {
        Locale locale = locales.resolveLocale(request);
        String titleKey = "problem." + code + ".title";
        String fallbackTitle = status instanceof HttpStatus known ? known.getReasonPhrase() : code;

        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(messages.getMessage(titleKey, null, fallbackTitle, locale));
        problem.setDetail(messages.getMessage("problem." + code + ".detail", detailArguments, fallbackDetail, locale));
        Map<String, @Nullable String> titles = new LinkedHashMap<>();
        titles.put("zh", messages.getMessage(titleKey, null, fallbackTitle, Locale.SIMPLIFIED_CHINESE));
        titles.put("en", messages.getMessage(titleKey, null, fallbackTitle, Locale.ENGLISH));
        problem.setProperty("titles", titles);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
