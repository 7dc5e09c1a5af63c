package org.lingong.gateway.request;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Whether a request target, as it came off the wire, is one Spring and the services can read alike: printable ASCII
 * only (a URI has no spaces, controls or raw non-ASCII bytes), a URI by {@link URI}'s grammar — what Spring's Reactor
 * Netty adapter parses, answering an empty 400 when it cannot — and percent escapes in path and query that decode to
 * UTF-8, so no service decodes them into something else (or refuses them in a way of its own).
 */
final class RequestTargets {

    private RequestTargets() {
    }

    static boolean readable(String target) {
        if (target.isEmpty()) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        URI uri;
        try {
            uri = target.startsWith("/") ? new URI("http://target" + target) : new URI(target);
        } catch (URISyntaxException notAUri) {
            return false;
        }
        return utf8(uri.getRawPath()) && utf8(uri.getRawQuery());
    }

    /** The part's escapes and the characters around them decode as UTF-8 (the URI grammar already checked the hex). */
    private static boolean utf8(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
