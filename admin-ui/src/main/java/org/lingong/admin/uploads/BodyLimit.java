package org.lingong.admin.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.lingong.admin.i18n.UiLocales;
import org.lingong.common.servlet.CountedRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No request body may be larger than the largest upload allows (and a multipart envelope): a declared
 * larger one is answered 413 before anything reads it (Tomcat drains at most {@code server.tomcat.max-swallow-size} of
 * it, then closes the connection), and one without a declared length fails once it has sent too much. Vaadin's own
 * messages would otherwise be read whole, at any size, by anyone with a session — a visitor of the worker page has one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimit extends OncePerRequestFilter {

    /** The largest file an upload may take, with room for a multipart envelope around it. */
    static final long MAX_BYTES = LimitedUpload.MAX_FILE_BYTES + 64 * 1024;

    private final MessageSource texts;

    BodyLimit(MessageSource texts) {
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            // No page to show it on: both languages, plainly.
            Object[] size = {LimitedUpload.size(LimitedUpload.MAX_FILE_BYTES)};
            String refusal = texts.getMessage("upload.body-too-large", size, UiLocales.CHINESE) + "\n"
                    + texts.getMessage("upload.body-too-large", size, Locale.ENGLISH) + "\n";
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(refusal.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new CountedRequest(request, MAX_BYTES,
                () -> new UncheckedIOException(new IOException("request body over " + MAX_BYTES + " bytes"))) : request,
                response);
    }
}
