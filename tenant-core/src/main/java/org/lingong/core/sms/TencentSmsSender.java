package org.lingong.core.sms;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.common.cloud.Tc3Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Tencent Cloud SMS ({@code SendSms}, 2021-01-11): a JSON POST signed with TC3-HMAC-SHA256, the phone in E.164
 * ({@code +8613800138000}), the city's SMS application, sign name and template, and the code and its minutes as the
 * template's two parameters. The first {@code SendStatusSet} entry's {@code Code} {@code Ok} is sent, another code the
 * provider refusing this message. A {@code Response.Error} is a refusal when it is about the request (invalid or
 * failed operation, limits, unauthorised template or sign) and unavailable when it is about the service or our
 * credentials ({@code AuthFailure.*}, {@code InternalError.*}, {@code RequestLimitExceeded}, {@code ResourceUnavailable.*}),
 * as is a 5xx, no answer or a timeout. Present when the platform's SecretId is configured.
 */
@Component
@ConditionalOnExpression("!'${lingong.sms.tencent.secret-id:}'.isBlank()")
class TencentSmsSender implements SmsSender {

    static final String ACTION = "SendSms";
    static final String VERSION = "2021-01-11";
    static final String SERVICE = "sms";
    private static final Logger log = LoggerFactory.getLogger(TencentSmsSender.class);
    private static final List<String> SERVICE_SIDE = List.of("AuthFailure", "InternalError", "RequestLimitExceeded",
            "ResourceUnavailable", "ResourceInsufficient");

    private final ProviderCall call;
    private final Tc3Signer signer;
    private final String region;
    private final Clock clock;

    TencentSmsSender(@Value("${lingong.sms.tencent.endpoint}") URI endpoint,
                     @Value("${lingong.sms.tencent.region}") String region,
                     @Value("${lingong.sms.tencent.secret-id}") String secretId,
                     @Value("${lingong.sms.tencent.secret-key}") String secretKey,
                     @Value("${lingong.sms.timeout}") Duration timeout, Clock clock) {
        if (secretId.isBlank() || secretKey.isBlank()) {
            throw new IllegalStateException("Tencent Cloud SMS needs LINGONG_SMS_TENCENT_SECRET_ID and"
                    + " LINGONG_SMS_TENCENT_SECRET_KEY");
        }
        this.call = new ProviderCall(endpoint, timeout);
        this.signer = new Tc3Signer(secretId, secretKey);
        this.region = region;
        this.clock = clock;
    }

    @Override
    public SmsProvider provider() {
        return SmsProvider.TENCENT;
    }

    @Override
    public Outcome send(SmsSettings settings, VerificationSms message) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("PhoneNumberSet", List.of("+86" + message.phone()));
        request.put("SmsSdkAppId", settings.sdkAppId());
        request.put("SignName", settings.signName());
        request.put("TemplateId", settings.templateId());
        request.put("TemplateParamSet", List.of(message.code(), Integer.toString(message.minutes())));
        byte[] body = ProviderCall.JSON.writeValueAsBytes(request);
        Map<String, String> headers = signer.sign(call.host(), SERVICE, ACTION, VERSION, region, body, clock.instant());
        Optional<ProviderCall.Answer> answer = call.post(headers, body, provider());
        if (answer.isEmpty()) {
            return new Unavailable("no answer");
        }
        JsonNode response = answer.get().body().path("Response");
        String requestId = response.path("RequestId").asString("");
        if (answer.get().status() >= 500) {
            log.warn("Tencent Cloud SMS failed: HTTP {}, RequestId {}", answer.get().status(), requestId);
            return new Unavailable("HTTP " + answer.get().status());
        }
        JsonNode error = response.path("Error");
        if (error.isObject()) {
            String code = error.path("Code").asString("");
            if (SERVICE_SIDE.stream().anyMatch(code::startsWith) || code.isEmpty()) {
                log.warn("Tencent Cloud SMS failed: {}, RequestId {}", code, requestId);
                return new Unavailable(code);
            }
            log.info("Tencent Cloud refused the SMS to {}: {}, RequestId {}", message.maskedPhone(), code, requestId);
            return new Refused(code, error.path("Message").asString(""));
        }
        JsonNode status = response.path("SendStatusSet").path(0);
        String code = status.path("Code").asString("");
        if (code.equals("Ok")) {
            return new Sent(status.path("SerialNo").asString(""));
        }
        if (code.isEmpty()) {
            log.warn("Tencent Cloud SMS answered without a status: HTTP {}, RequestId {}", answer.get().status(),
                    requestId);
            return new Unavailable("no status");
        }
        log.info("Tencent Cloud refused the SMS to {}: {}, RequestId {}", message.maskedPhone(), code, requestId);
        return new Refused(code, status.path("Message").asString(""));
    }
}
