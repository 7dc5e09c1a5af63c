package org.lingong.common.cloud;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's V3 request signature (ACS3-HMAC-SHA256), as its OpenAPI documents it: a canonical request of
 * method, path, sorted query, the {@code host}, {@code content-type} and {@code x-acs-*} headers and the payload's
 * SHA-256, hashed and signed with HMAC-SHA256 under the AccessKey secret. The adapters that call Alibaba Cloud APIs
 * (real-name checks, SMS) sign every request with it; its test checks it against the documented example.
 */
public final class Acs3Signer {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String accessKeyId;
    private final byte[] accessKeySecret;

    public Acs3Signer(String accessKeyId, String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The headers of a signed RPC-style call ({@code action}, {@code version}) with a form-encoded body, the
     * Authorization header included; {@code query} is usually empty (parameters travel in the body, out of URLs).
     */
    public Map<String, String> sign(String method, String host, String path, Map<String, String> query,
                                    String action, String version, String contentType, byte[] body, Instant now) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", now.truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-acs-signature-nonce", HexFormat.of().formatHex(RANDOM.generateSeed(16)));
        headers.put("x-acs-content-sha256", sha256Hex(body));
        headers.put("content-type", contentType);
        headers.put("Authorization", authorization(method, path, query, headers));
        return headers;
    }

    /** The Authorization header for a request with these lower-case headers (host, content-type, x-acs-*). */
    public String authorization(String method, String path, Map<String, String> query, Map<String, String> headers) {
        Map<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-type") || lower.startsWith("x-acs-")) {
                signed.put(lower, value.strip());
            }
        });
        String signedHeaders = String.join(";", signed.keySet());
        String canonical = String.join("\n", method.toUpperCase(Locale.ROOT), path.isEmpty() ? "/" : path,
                canonicalQuery(query),
                signed.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining()),
                signedHeaders, signed.get("x-acs-content-sha256"));
        String stringToSign = ALGORITHM + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature="
                + HexFormat.of().formatHex(hmac(accessKeySecret, stringToSign));
    }

    /** Query parameters sorted by name, each name and value percent-encoded as RFC 3986 wants. */
    public static String canonicalQuery(Map<String, String> query) {
        return new TreeMap<>(query).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding: unreserved characters as they are, everything else as %XX of its UTF-8 bytes. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
