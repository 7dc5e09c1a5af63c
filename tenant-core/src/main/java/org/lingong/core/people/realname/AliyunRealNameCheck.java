package org.lingong.core.people.realname;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.lingong.common.cloud.Acs3Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alibaba Cloud's 身份二要素标准版核验 ({@code Id2MetaStandardVerify}, cloudauth 2019-03-07): name and number are checked
 * against the authoritative source. A POST signed with ACS3-HMAC-SHA256, the parameters in a form body (never in a
 * URL, so no access log holds them). {@code BizCode} 1 is a match, 2 a mismatch, 3 no such record (a mismatch for the
 * person: the number is wrong); any other answer, an error or a timeout is {@code UNAVAILABLE}. Logs never carry the
 * name or number.
 */
@Component
@ConditionalOnProperty(name = "lingong.real-name.provider", havingValue = "aliyun")
class AliyunRealNameCheck implements RealNameCheck {

    static final String ACTION = "Id2MetaStandardVerify";
    static final String VERSION = "2019-03-07";
    private static final Logger log = LoggerFactory.getLogger(AliyunRealNameCheck.class);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final URI endpoint;
    private final Acs3Signer signer;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    AliyunRealNameCheck(@Value("${lingong.real-name.aliyun.endpoint}") URI endpoint,
                        @Value("${lingong.real-name.aliyun.access-key-id}") String accessKeyId,
                        @Value("${lingong.real-name.aliyun.access-key-secret}") String accessKeySecret,
                        @Value("${lingong.real-name.timeout}") Duration timeout, Clock clock) {
        if (accessKeyId.isBlank() || accessKeySecret.isBlank()) {
            throw new IllegalStateException("lingong.real-name.provider=aliyun needs LINGONG_REAL_NAME_ACCESS_KEY_ID"
                    + " and LINGONG_REAL_NAME_ACCESS_KEY_SECRET");
        }
        this.endpoint = endpoint;
        this.signer = new Acs3Signer(accessKeyId, accessKeySecret);
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Outcome check(String name, String idNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ParamType", "normal");
        form.put("IdentifyNum", idNumber);
        form.put("UserName", name);
        byte[] body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        String host = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/")).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signer.sign("POST", host, "/", Map.of(), ACTION, VERSION, FORM, body, clock.instant()).forEach((header, value) -> {
            if (!header.equals("host")) {
                request.header(header, value);
            }
        });
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            String code = answer.path("Code").asString("");
            String bizCode = answer.path("ResultObject").path("BizCode").asString("");
            if (response.statusCode() == 200 && code.equals("200")) {
                switch (bizCode) {
                    case "1":
                        return Outcome.MATCH;
                    case "2", "3":
                        return Outcome.MISMATCH;
                    default:
                        break;
                }
            }
            log.warn("real-name check unanswered: HTTP {}, Code {}, BizCode {}, RequestId {}", response.statusCode(),
                    code, bizCode, answer.path("RequestId").asString(""));
            return Outcome.UNAVAILABLE;
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("real-name check unreachable: {}", e.toString());
            return Outcome.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNAVAILABLE;
        }
    }

    @Override
    public String source() {
        return "aliyun-id2meta";
    }
}
