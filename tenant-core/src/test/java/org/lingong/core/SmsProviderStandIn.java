package org.lingong.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lingong.common.cloud.Acs3Signer;
import tools.jackson.databind.JsonNode;

/**
 * Plays Alibaba Cloud SMS or Tencent Cloud SMS as the service would: it refuses a request whose method, path, action,
 * version, body hash, timestamp or signature (recomputed with the secret from what arrived) is wrong, the way the
 * provider does, and otherwise answers a success, or what was staged for the phone: a refusal, a 5xx, or no answer
 * until the stand-in closes. Every request is recorded with what was wrong with it.
 */
public final class SmsProviderStandIn implements AutoCloseable {

    public enum Protocol { ALIYUN, TENCENT }

    public static final String KEY_ID = "test-sms-key-id";
    public static final String SECRET = "test-sms-secret-not-real";

    /** What arrived: lower-case headers, the body, and what the provider would refuse in it (null: nothing). */
    public record Received(Map<String, String> headers, String body, String refusal) {

        public Map<String, String> form() {
            return Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0],
                    p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        }

        public JsonNode json() {
            return Api.JSON.readTree(body);
        }
    }

    /** An answer staged for one phone; {@code hang} answers nothing until the stand-in closes. */
    public record Staged(int status, String body, boolean hang) {
    }

    private static final Map<Protocol, SmsProviderStandIn> SHARED = new EnumMap<>(Protocol.class);

    private final Protocol protocol;
    private final HttpServer server;
    private final CountDownLatch closed = new CountDownLatch(1);
    public final List<Received> received = new CopyOnWriteArrayList<>();
    public final Map<String, Staged> staged = new ConcurrentHashMap<>();

    /** One per protocol for the whole test run, configured into tenant-core by {@link TenantCoreTests}. */
    static synchronized SmsProviderStandIn shared(Protocol protocol) {
        return SHARED.computeIfAbsent(protocol, SmsProviderStandIn::start);
    }

    public static SmsProviderStandIn start(Protocol protocol) {
        try {
            return new SmsProviderStandIn(protocol);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SmsProviderStandIn(Protocol protocol) throws IOException {
        this.protocol = protocol;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The last request that reached the stand-in. */
    public Received last() {
        return received.getLast();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String refusal = protocol == Protocol.ALIYUN ? aliyunProblem(exchange, headers, body)
                : tencentProblem(exchange, headers, body);
        Received request = new Received(headers, new String(body, StandardCharsets.UTF_8), refusal);
        received.add(request);
        Staged answer = refusal != null ? signatureRefusal(refusal) : staged.getOrDefault(phoneOf(request), success());
        if (answer.hang()) {
            try {
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    private String phoneOf(Received request) {
        return protocol == Protocol.ALIYUN ? request.form().get("PhoneNumbers")
                : request.json().path("PhoneNumberSet").path(0).asString("").replaceFirst("^\\+86", "");
    }

    private Staged success() {
        return new Staged(200, protocol == Protocol.ALIYUN
                ? "{\"Message\":\"OK\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\",\"Code\":\"OK\","
                        + "\"BizId\":\"900619746936498440^0\"}"
                : "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:1045710669157053657849499619\","
                        + "\"PhoneNumber\":\"+8613800138000\",\"Fee\":1,\"SessionContext\":\"\",\"Code\":\"Ok\","
                        + "\"Message\":\"send success\",\"IsoCode\":\"CN\"}],"
                        + "\"RequestId\":\"a0aabda6-cf91-4f3e-a81f-9198114a2279\"}}", false);
    }

    /** How each provider answers a request it does not accept. */
    private Staged signatureRefusal(String why) {
        return protocol == Protocol.ALIYUN
                ? new Staged(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"" + why + "\"}", false)
                : new Staged(200, "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\""
                        + why + "\"},\"RequestId\":\"x\"}}", false);
    }

    private static String aliyunProblem(HttpExchange exchange, Map<String, String> headers, byte[] body) {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/")
                || exchange.getRequestURI().getRawQuery() != null) {
            return "method, path or query";
        }
        if (!"SendSms".equals(headers.get("x-acs-action")) || !"2017-05-25".equals(headers.get("x-acs-version"))) {
            return "action or version";
        }
        if (!"application/x-www-form-urlencoded".equals(headers.get("content-type"))) {
            return "content type";
        }
        if (!Acs3Signer.sha256Hex(body).equals(headers.get("x-acs-content-sha256"))) {
            return "body hash";
        }
        if (headers.get("x-acs-date") == null || stale(Instant.parse(headers.get("x-acs-date")))
                || headers.get("x-acs-signature-nonce") == null) {
            return "date or nonce";
        }
        Map<String, String> signed = new LinkedHashMap<>(headers);
        String authorization = signed.remove("authorization");
        String expected = new Acs3Signer(KEY_ID, SECRET).authorization("POST", "/", Map.of(), signed);
        return expected.equals(authorization) ? null : "signature";
    }

    private static String tencentProblem(HttpExchange exchange, Map<String, String> headers, byte[] body) {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/")
                || exchange.getRequestURI().getRawQuery() != null) {
            return "method, path or query";
        }
        if (!"SendSms".equals(headers.get("x-tc-action")) || !"2021-01-11".equals(headers.get("x-tc-version"))
                || !"ap-guangzhou".equals(headers.get("x-tc-region"))) {
            return "action, version or region";
        }
        if (!"application/json; charset=utf-8".equals(headers.get("content-type"))) {
            return "content type";
        }
        long timestamp = Long.parseLong(headers.getOrDefault("x-tc-timestamp", "0"));
        if (stale(Instant.ofEpochSecond(timestamp))) {
            return "timestamp";
        }
        return tc3(headers.get("host"), body, timestamp).equals(headers.get("authorization")) ? null : "signature";
    }

    /** TC3-HMAC-SHA256 written out here from Tencent's steps, apart from the signer under test. */
    private static String tc3(String host, byte[] body, long timestamp) {
        String date = Instant.ofEpochSecond(timestamp).toString().substring(0, 10);
        String canonical = String.join("\n", "POST", "/", "", "content-type:application/json; charset=utf-8",
                "host:" + host, "", "content-type;host", hex(sha256(body)));
        String scope = date + "/sms/tc3_request";
        String toSign = String.join("\n", "TC3-HMAC-SHA256", Long.toString(timestamp), scope,
                hex(sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        byte[] key = ("TC3" + SECRET).getBytes(StandardCharsets.UTF_8);
        for (String part : List.of(date, "sms", "tc3_request")) {
            key = hmac(key, part);
        }
        return "TC3-HMAC-SHA256 Credential=" + KEY_ID + "/" + scope + ", SignedHeaders=content-type;host, Signature="
                + hex(hmac(key, toSign));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean stale(Instant signedAt) {
        return Duration.between(signedAt, Instant.now()).abs().toMinutes() > 5;
    }
}
