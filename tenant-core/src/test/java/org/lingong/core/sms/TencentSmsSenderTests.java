package org.lingong.core.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.SmsProviderStandIn;
import org.lingong.core.SmsProviderStandIn.Protocol;
import org.lingong.core.SmsProviderStandIn.Staged;
import org.lingong.core.sms.SmsSender.Refused;
import org.lingong.core.sms.SmsSender.Sent;
import org.lingong.core.sms.SmsSender.Unavailable;
import tools.jackson.databind.JsonNode;

/**
 * The Tencent Cloud adapter against a local server that checks the protocol as the service would (action, version,
 * region, content type, timestamp, and the TC3-HMAC-SHA256 signature recomputed from Tencent's steps), then each
 * answer it can give; a wrong secret, a hang and a dead endpoint are {@link SmsSenderContractTests}.
 */
class TencentSmsSenderTests {

    private static final SmsSettings SUQIAN = new SmsSettings(SmsProvider.TENCENT, "宿迁零工", "1893011", "1400787878");
    private static final VerificationSms MESSAGE = new VerificationSms("suqian", "13800138000", "402913", 5);

    private final SmsProviderStandIn provider = SmsProviderStandIn.start(Protocol.TENCENT);

    @AfterEach
    void stop() {
        provider.close();
    }

    private TencentSmsSender sender(String secret, Duration timeout) {
        return new TencentSmsSender(URI.create(provider.url()), "ap-guangzhou", SmsProviderStandIn.KEY_ID, secret,
                timeout, Clock.systemUTC());
    }

    private void stage(int status, String body) {
        provider.staged.put("13800138000", new Staged(status, body, false));
    }

    private static String error(String code) {
        return "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"说明\"},\"RequestId\":\"r1\"}}";
    }

    @Test
    void aSignedJsonRequestCarriesTheNumberAppSignTemplateAndParametersAndOkIsSent() {
        assertThat(sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5)).send(SUQIAN, MESSAGE))
                .isEqualTo(new Sent("5000:1045710669157053657849499619"));
        assertThat(provider.last().refusal()).isNull();
        JsonNode request = provider.last().json();
        assertThat(request.get("PhoneNumberSet").toString()).isEqualTo("[\"+8613800138000\"]");
        assertThat(request.get("SmsSdkAppId").asString()).isEqualTo("1400787878");
        assertThat(request.get("SignName").asString()).isEqualTo("宿迁零工");
        assertThat(request.get("TemplateId").asString()).isEqualTo("1893011");
        assertThat(request.get("TemplateParamSet").toString()).isEqualTo("[\"402913\",\"5\"]");
        assertThat(provider.last().headers().get("authorization")).startsWith("TC3-HMAC-SHA256 Credential="
                + SmsProviderStandIn.KEY_ID + "/").contains("/sms/tc3_request");
    }

    @Test
    void aStatusOtherThanOkAndRequestErrorsAreRefusals() {
        TencentSmsSender sender = sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5));
        stage(200, "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"LimitExceeded.PhoneNumberDailyLimit\","
                + "\"Message\":\"单个手机号日下发短信条数超过设定的上限\"}],\"RequestId\":\"r\"}}");
        assertThat(sender.send(SUQIAN, MESSAGE)).isEqualTo(new Refused("LimitExceeded.PhoneNumberDailyLimit",
                "单个手机号日下发短信条数超过设定的上限"));
        stage(200, error("InvalidParameterValue.IncorrectPhoneNumber"));
        assertThat(sender.send(SUQIAN, MESSAGE)).isEqualTo(new Refused("InvalidParameterValue.IncorrectPhoneNumber",
                "说明"));
        stage(200, error("UnauthorizedOperation.SmsSdkAppIdVerifyFail"));
        assertThat(sender.send(SUQIAN, MESSAGE)).isInstanceOf(Refused.class);
    }

    @Test
    void serviceSideErrorsServerErrorsAndGarbageAreUnavailable() {
        TencentSmsSender sender = sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5));
        stage(200, error("InternalError.Timeout"));
        assertThat(sender.send(SUQIAN, MESSAGE)).isEqualTo(new Unavailable("InternalError.Timeout"));
        stage(200, error("RequestLimitExceeded"));
        assertThat(sender.send(SUQIAN, MESSAGE)).isInstanceOf(Unavailable.class);
        stage(502, "{}");
        assertThat(sender.send(SUQIAN, MESSAGE)).isEqualTo(new Unavailable("HTTP 502"));
        stage(200, "{\"Response\":{\"RequestId\":\"r\"}}");
        assertThat(sender.send(SUQIAN, MESSAGE)).isEqualTo(new Unavailable("no status"));
        stage(200, "not json");
        assertThat(sender.send(SUQIAN, MESSAGE)).isEqualTo(new Unavailable("no answer"));
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> new TencentSmsSender(URI.create("https://sms.tencentcloudapi.com"), "ap-guangzhou",
                "", "", Duration.ofSeconds(5), Clock.systemUTC())).hasMessageContaining("LINGONG_SMS_TENCENT_SECRET_ID");
    }
}
