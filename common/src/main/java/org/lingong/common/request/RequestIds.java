package org.lingong.common.request;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lingong.common.tenant.TrustedHeaders;

/**
 * The request id rule every service applies: a sent {@code X-Request-Id} is kept when it is 8–64 characters of
 * letters, digits, {@code . _ : -} (so a caller can correlate, and nothing can inject log lines); anything else is
 * replaced by a new random UUID. The id is in the logs under the MDC key {@value #MDC_KEY} and echoed in the
 * response header.
 */
public final class RequestIds {

    public static final String HEADER = TrustedHeaders.REQUEST_ID;
    public static final String MDC_KEY = "requestId";

    private static final Pattern KEPT = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    /** The sent id when it may be kept, otherwise a new one. */
    public static String keepOrCreate(@Nullable String sent) {
        return sent != null && KEPT.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
