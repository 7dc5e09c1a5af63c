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

/**
 * The Alibaba Cloud adapter against a local server that checks the protocol as the service would (action, version,
 * body hash, date, nonce, and the ACS3-HMAC-SHA256 signature recomputed with the secret), then each answer it can give;
 * a wrong secret, a hang and a dead endpoint are {@link SmsSenderContractTests}.
 */
class AliyunSmsSenderTests {

    private static final SmsSettings SUQIAN = new SmsSettings(SmsProvider.ALIYUN, "宿迁零工", "SMS_154950909", null);
    private static final VerificationSms MESSAGE = new VerificationSms("suqian", "13800138000", "402913", 5);

    private final SmsProviderStandIn provider = SmsProviderStandIn.start(Protocol.ALIYUN);

    @AfterEach
    void stop() {
        provider.close();
    }

    private AliyunSmsSender sender(String secret, Duration timeout) {
        return new AliyunSmsSender(URI.create(provider.url()), SmsProviderStandIn.KEY_ID, secret, timeout,
                Clock.systemUTC());
    }

    @Test
    void aSignedFormCarriesPhoneSignTemplateAndCodeAndOkIsSent() {
        assertThat(sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5)).send(SUQIAN, MESSAGE))
                .isEqualTo(new Sent("900619746936498440^0"));
        assertThat(provider.last().refusal()).isNull();
        assertThat(provider.last().form()).containsEntry("PhoneNumbers", "13800138000")
                .containsEntry("SignName", "宿迁零工").containsEntry("TemplateCode", "SMS_154950909")
                .containsEntry("TemplateParam", "{\"code\":\"402913\"}").hasSize(4);
        assertThat(provider.last().headers().get("authorization"))
                .startsWith("ACS3-HMAC-SHA256 Credential=" + SmsProviderStandIn.KEY_ID + ",");
    }

    @Test
    void isvCodesAreRefusalsOfThisMessage() {
        provider.staged.put("13800138000", new Staged(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\","
                + "\"Message\":\"触发号码天级流控Permits:10\",\"RequestId\":\"r1\"}", false));
        assertThat(sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5)).send(SUQIAN, MESSAGE))
                .isEqualTo(new Refused("isv.BUSINESS_LIMIT_CONTROL", "触发号码天级流控Permits:10"));
        provider.staged.put("13800138000", new Staged(200, "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\","
                + "\"Message\":\"非法手机号\"}", false));
        assertThat(sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5)).send(SUQIAN, MESSAGE))
                .isInstanceOf(Refused.class).extracting(o -> ((Refused) o).providerCode())
                .isEqualTo("isv.MOBILE_NUMBER_ILLEGAL");
    }

    @Test
    void serverErrorsThrottlingAndGarbageAreUnavailable() {
        AliyunSmsSender sender = sender(SmsProviderStandIn.SECRET, Duration.ofSeconds(5));
        provider.staged.put("13800138000", new Staged(503, "{\"Code\":\"ServiceUnavailable\"}", false));
        assertThat(sender.send(SUQIAN, MESSAGE)).isInstanceOf(Unavailable.class);
        provider.staged.put("13800138000", new Staged(500, "", false));
        assertThat(sender.send(SUQIAN, MESSAGE)).isInstanceOf(Unavailable.class);
        provider.staged.put("13800138000", new Staged(200, "{\"Code\":\"Throttling.User\"}", false));
        assertThat(sender.send(SUQIAN, MESSAGE)).isInstanceOf(Unavailable.class);
        provider.staged.put("13800138000", new Staged(200, "<html>gateway</html>", false));
        assertThat(sender.send(SUQIAN, MESSAGE)).isInstanceOf(Unavailable.class);
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> new AliyunSmsSender(URI.create("https://dysmsapi.aliyuncs.com"), "", "",
                Duration.ofSeconds(5), Clock.systemUTC())).hasMessageContaining("LINGONG_SMS_ALIYUN_ACCESS_KEY_ID");
    }
}
