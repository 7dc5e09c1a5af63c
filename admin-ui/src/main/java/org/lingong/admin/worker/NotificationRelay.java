package org.lingong.admin.worker;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.i18n.UiLocales;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.problem.Problems;
import org.lingong.common.servlet.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The worker's notification stream on the page's own origin: a browser's {@code EventSource} cannot send the access
 * token, which lives in the session here, so this relays {@code /api/v1/workers/me/notifications/stream} through the
 * gateway as the signed-in user, byte for byte. The browser's own reconnect sends {@code Last-Event-ID}, which goes
 * along, so nothing is missed or repeated; the page's first connection names the newest notice it shows
 * ({@code after}). A refusal upstream (not a worker of the city, streams full with {@code Retry-After}) comes back as
 * it was, problem JSON in both languages. Each relay lives at most {@link #LIFETIME}, then the browser reconnects —
 * with a fresh token.
 */
@RestController
class NotificationRelay {

    static final String PATH = "/worker/{city}/notifications/stream";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(NotificationRelay.class);
    private static final Pattern EVENT_ID = Pattern.compile("[0-9]{1,18}");

    private final PlatformApi api;
    private final ProblemResponses problems = new ProblemResponses(new Problems());

    NotificationRelay(PlatformApi api) {
        this.api = api;
    }

    @GetMapping(PATH)
    ResponseEntity<ResponseBodyEmitter> relay(@PathVariable String city,
                                              @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                                              @RequestParam(required = false) String after,
                                              HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String resumeAfter = eventId(lastEventId).or(() -> eventId(after)).orElse(null);
        Locale language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? UiLocales.CHINESE
                : request.getLocale();
        Optional<ClientHttpResponse> opened;
        try {
            opened = api.openStream(language, resumeAfter, "/t/{city}/api/v1/workers/me/notifications/stream", city);
        } catch (RestClientException unreachable) {
            log.warn("Notification stream of {} unreachable: {}", city, unreachable.getMessage());
            problems.write(request, response, new ProblemException(ProblemType.SERVICE_UNAVAILABLE));
            return null;
        }
        if (opened.isEmpty()) {
            problems.write(request, response, new ProblemException(ProblemType.AUTHENTICATION_REQUIRED));
            return null;
        }
        ClientHttpResponse upstream = opened.get();
        if (!upstream.getStatusCode().is2xxSuccessful()) {
            refuse(upstream, response);
            return null;
        }
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(LIFETIME.toMillis());
        Runnable close = () -> closeQuietly(upstream);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        Thread.ofVirtual().name("notification-relay-" + city).start(() -> copy(upstream, emitter));
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // An ingress (nginx) would otherwise hold events back in its buffer.
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }

    /** Passes the gateway's bytes on as they come; ends when either side does. */
    private static void copy(ClientHttpResponse upstream, ResponseBodyEmitter emitter) {
        byte[] buffer = new byte[8192];
        try (InputStream events = upstream.getBody()) {
            for (int read = events.read(buffer); read >= 0; read = events.read(buffer)) {
                emitter.send(Arrays.copyOf(buffer, read), MediaType.TEXT_EVENT_STREAM);
            }
        } catch (IOException | IllegalStateException ended) {
            // The browser left (a failed send, which completes the response), the relay timed out and closed the
            // upstream, or the gateway went: then the browser reconnects, as it does after the end below.
            log.debug("Notification relay ended: {}", ended.getMessage());
        }
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyComplete) {
            log.debug("Notification relay already complete");
        }
    }

    private static void refuse(ClientHttpResponse upstream, HttpServletResponse response) throws IOException {
        try (upstream) {
            response.setStatus(upstream.getStatusCode().value());
            HttpHeaders headers = upstream.getHeaders();
            if (headers.getContentType() != null) {
                response.setContentType(headers.getContentType().toString());
            }
            String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
            if (retryAfter != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
            }
            upstream.getBody().transferTo(response.getOutputStream());
        }
    }

    private static Optional<String> eventId(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(id -> EVENT_ID.matcher(id).matches());
    }

    private static void closeQuietly(ClientHttpResponse upstream) {
        try {
            upstream.close();
        } catch (RuntimeException alreadyGone) {
            log.debug("Notification stream already closed", alreadyGone);
        }
    }
}
