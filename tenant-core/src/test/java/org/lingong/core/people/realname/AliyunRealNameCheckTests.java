package org.lingong.core.people.realname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.cloud.Acs3Signer;
import org.lingong.core.people.realname.RealNameCheck.Outcome;

/**
 * The Alibaba Cloud adapter against a local server that checks the protocol as the service would: a POST to "/" with
 * the action, version, date, nonce and body hash headers, an ACS3-HMAC-SHA256 signature it recomputes with the secret,
 * and the name and number in the form body, never in the URL. Then each answer the service can give.
 */
class AliyunRealNameCheckTests {

    private static final String KEY_ID = "LTAI-test-key";
    private static final String SECRET = "test-secret-not-real";
    private static final String NUMBER = "11010519491231002X";

    private HttpServer server;
    private volatile String answer;
    private volatile int status;
    private volatile String refusal;
    private volatile Map<String, String> form;
    private volatile String rawQuery;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hold;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        status = 200;
        answer = bizCode("1");
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        refusal = problemWith(exchange, body);
        rawQuery = exchange.getRequestURI().getRawQuery();
        form = Arrays.stream(new String(body, StandardCharsets.UTF_8).split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        if (hold) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = (refusal == null ? answer : "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"" + refusal + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(refusal == null ? status : 403, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    /** What the service would refuse in the request, or null. */
    private static String problemWith(HttpExchange exchange, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/")) {
            return "method or path";
        }
        if (!AliyunRealNameCheck.ACTION.equals(headers.get("x-acs-action"))
                || !AliyunRealNameCheck.VERSION.equals(headers.get("x-acs-version"))) {
            return "action or version";
        }
        if (!Acs3Signer.sha256Hex(body).equals(headers.get("x-acs-content-sha256"))) {
            return "body hash";
        }
        Instant date = Instant.parse(headers.get("x-acs-date"));
        if (Duration.between(date, Instant.now()).abs().toMinutes() > 15 || headers.get("x-acs-signature-nonce") == null) {
            return "date or nonce";
        }
        String authorization = headers.remove("authorization");
        String expected = new Acs3Signer(KEY_ID, SECRET).authorization("POST", "/", Map.of(), headers);
        return expected.equals(authorization) ? null : "signature";
    }

    private AliyunRealNameCheck check(String secret, Duration timeout) {
        return new AliyunRealNameCheck(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), KEY_ID, secret,
                timeout, Clock.systemUTC());
    }

    private static String bizCode(String code) {
        return "{\"RequestId\":\"D6163397\",\"Code\":\"200\",\"Message\":\"success\",\"ResultObject\":{\"BizCode\":\""
                + code + "\"}}";
    }

    @Test
    void aSignedFormCarriesNameAndNumberAndAMatchIsAMatch() {
        assertThat(check(SECRET, Duration.ofSeconds(5)).check("张三", NUMBER)).isEqualTo(Outcome.MATCH);
        assertThat(refusal).isNull();
        assertThat(form).containsEntry("UserName", "张三").containsEntry("IdentifyNum", NUMBER)
                .containsEntry("ParamType", "normal");
        assertThat(rawQuery).as("nothing personal in the URL").isNull();
    }

    @Test
    void mismatchesAndUnknownNumbersAreMismatchesAndEveryOtherAnswerIsUnavailable() {
        AliyunRealNameCheck check = check(SECRET, Duration.ofSeconds(5));
        answer = bizCode("2");
        assertThat(check.check("张三", NUMBER)).isEqualTo(Outcome.MISMATCH);
        answer = bizCode("3");
        assertThat(check.check("张三", NUMBER)).as("查无记录").isEqualTo(Outcome.MISMATCH);
        answer = "{\"RequestId\":\"x\",\"Code\":200,\"ResultObject\":{\"BizCode\":1}}";
        assertThat(check.check("张三", NUMBER)).as("numbers where strings were documented").isEqualTo(Outcome.MATCH);
        answer = "{\"Code\":\"Forbidden.ExceptionDataSource\",\"Message\":\"权威源服务异常\"}";
        status = 500;
        assertThat(check.check("张三", NUMBER)).isEqualTo(Outcome.UNAVAILABLE);
        status = 200;
        answer = "<html>gateway</html>";
        assertThat(check.check("张三", NUMBER)).isEqualTo(Outcome.UNAVAILABLE);
        answer = bizCode("9");
        assertThat(check.check("张三", NUMBER)).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void aWrongSecretIsRefusedByTheServiceAndCountsAsUnavailable() {
        assertThat(check("another-secret", Duration.ofSeconds(5)).check("张三", NUMBER)).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(refusal).isEqualTo("signature");
    }

    @Test
    void noAnswerWithinTheTimeoutIsUnavailableAndADeadEndpointToo() {
        hold = true;
        assertThat(check(SECRET, Duration.ofMillis(300)).check("张三", NUMBER)).isEqualTo(Outcome.UNAVAILABLE);
        release.countDown();
        server.stop(0);
        assertThat(check(SECRET, Duration.ofSeconds(2)).check("张三", NUMBER)).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> new AliyunRealNameCheck(URI.create("https://cloudauth.cn-shanghai.aliyuncs.com"), "",
                "", Duration.ofSeconds(5), Clock.systemUTC())).hasMessageContaining("LINGONG_REAL_NAME_ACCESS_KEY_ID");
    }
}
