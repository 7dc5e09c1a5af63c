package org.lingong.common.cloud;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tencent Cloud's API 3.0 request signature (TC3-HMAC-SHA256), as its "Signature v3" page documents it: a canonical
 * request of method, path, (empty) query, the {@code content-type} and {@code host} headers and the payload's SHA-256;
 * a string to sign with the timestamp and the {@code <date>/<service>/tc3_request} scope; a key derived from the
 * SecretKey by HMAC-SHA256 over date, service and {@code tc3_request}. JSON POSTs only, the way the adapters call it;
 * its test checks it against the documented example.
 */
public final class Tc3Signer {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String JSON = "application/json; charset=utf-8";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String secretId;
    private final String secretKey;

    public Tc3Signer(String secretId, String secretKey) {
        this.secretId = secretId;
        this.secretKey = secretKey;
    }

    /**
     * The headers of a signed JSON POST to {@code /} of a service ({@code sms}) at {@code host}, Authorization
     * included; {@code region} may be empty for services without one.
     */
    public Map<String, String> sign(String host, String service, String action, String version, String region,
                                    byte[] body, Instant now) {
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization(host, service, body, timestamp));
        headers.put("Content-Type", JSON);
        headers.put("Host", host);
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Version", version);
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        if (!region.isEmpty()) {
            headers.put("X-TC-Region", region);
        }
        return headers;
    }

    /** The Authorization header of a JSON POST to {@code /} signed at {@code timestamp} (seconds since the epoch). */
    public String authorization(String host, String service, byte[] body, long timestamp) {
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String canonical = "POST\n/\n\ncontent-type:" + JSON + "\nhost:" + host + "\n\ncontent-type;host\n"
                + Acs3Signer.sha256Hex(body);
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n"
                + Acs3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] key = Acs3Signer.hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = Acs3Signer.hmac(key, service);
        key = Acs3Signer.hmac(key, "tc3_request");
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=content-type;host, Signature="
                + HexFormat.of().formatHex(Acs3Signer.hmac(key, stringToSign));
    }
}
