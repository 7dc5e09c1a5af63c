package org.lingong.core.problem;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details: a stable {@code type} per kind of problem, {@code title} in the caller's language
 * and {@code titles} in both Chinese and English, the request id for support.
 */
@Component
public class Problems {

    public static final String TYPE_BASE = "https://lingong.org.cn/problems/";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatusCode status, String slug, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + slug));
        String zh = text("problem." + slug + ".title", CHINESE, arguments);
        String en = text("problem." + slug + ".title", Locale.ENGLISH, arguments);
        problem.setTitle(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh);
        problem.setProperty("titles", Map.of("zh", zh, "en", en));
        String detailKey = "problem." + slug + ".detail";
        String detail = messages.getMessage(detailKey, arguments, null, locale);
        if (detail != null) {
            problem.setDetail(detail);
        }
        String requestId = MDC.get("requestId");
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
