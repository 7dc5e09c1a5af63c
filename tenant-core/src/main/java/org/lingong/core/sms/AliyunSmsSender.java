package org.lingong.core.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lingong.common.cloud.Acs3Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Alibaba Cloud SMS ({@code SendSms}, dysmsapi 2017-05-25): a POST signed with ACS3-HMAC-SHA256, the phone, sign name,
 * template and {@code {"code":…}} in a form body (never in a URL). {@code Code} {@code OK} is sent; an {@code isv.*}
 * code is the provider refusing this message (number, limits, sign or template); any other code (our credentials,
 * throttling, its own errors), a 5xx, no answer or a timeout is unavailable. Present when the platform's AccessKey is
 * configured.
 */
@Component
@ConditionalOnExpression("!'${lingong.sms.aliyun.access-key-id:}'.isBlank()")
class AliyunSmsSender implements SmsSender {

    static final String ACTION = "SendSms";
    static final String VERSION = "2017-05-25";
    private static final Logger log = LoggerFactory.getLogger(AliyunSmsSender.class);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final ProviderCall call;
    private final Acs3Signer signer;
    private final Clock clock;

    AliyunSmsSender(@Value("${lingong.sms.aliyun.endpoint}") URI endpoint,
                    @Value("${lingong.sms.aliyun.access-key-id}") String accessKeyId,
                    @Value("${lingong.sms.aliyun.access-key-secret}") String accessKeySecret,
                    @Value("${lingong.sms.timeout}") Duration timeout, Clock clock) {
        if (accessKeyId.isBlank() || accessKeySecret.isBlank()) {
            throw new IllegalStateException("Alibaba Cloud SMS needs LINGONG_SMS_ALIYUN_ACCESS_KEY_ID and"
                    + " LINGONG_SMS_ALIYUN_ACCESS_KEY_SECRET");
        }
        this.call = new ProviderCall(endpoint, timeout);
        this.signer = new Acs3Signer(accessKeyId, accessKeySecret);
        this.clock = clock;
    }

    @Override
    public SmsProvider provider() {
        return SmsProvider.ALIYUN;
    }

    @Override
    public Outcome send(SmsSettings settings, VerificationSms message) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("PhoneNumbers", message.phone());
        form.put("SignName", settings.signName());
        form.put("TemplateCode", settings.templateId());
        form.put("TemplateParam", ProviderCall.JSON.writeValueAsString(Map.of("code", message.code())));
        byte[] body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signer.sign("POST", call.host(), "/", Map.of(), ACTION, VERSION, FORM, body,
                clock.instant());
        Optional<ProviderCall.Answer> answer = call.post(headers, body, provider());
        if (answer.isEmpty()) {
            return new Unavailable("no answer");
        }
        String code = answer.get().body().path("Code").asString("");
        String requestId = answer.get().body().path("RequestId").asString("");
        if (answer.get().status() == 200 && code.equals("OK")) {
            return new Sent(answer.get().body().path("BizId").asString(""));
        }
        if (answer.get().status() < 500 && code.startsWith("isv.")) {
            log.info("Alibaba Cloud refused the SMS to {}: {}, RequestId {}", message.maskedPhone(), code, requestId);
            return new Refused(code, answer.get().body().path("Message").asString(""));
        }
        log.warn("Alibaba Cloud SMS failed: HTTP {}, Code {}, RequestId {}", answer.get().status(), code, requestId);
        return new Unavailable("HTTP " + answer.get().status() + " " + code);
    }
}
