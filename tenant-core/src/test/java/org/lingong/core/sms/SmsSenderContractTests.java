package org.lingong.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lingong.core.SmsProviderStandIn;
import org.lingong.core.SmsProviderStandIn.Protocol;
import org.lingong.core.SmsProviderStandIn.Staged;
import org.lingong.core.sms.SmsSender.Unavailable;

/**
 * What every real adapter owes its callers, each against its provider's stand-in: a request signed with the wrong
 * secret is refused by the provider (which recomputes the signature) and counts as unavailable; so do a provider that
 * does not answer within the timeout and one that is not there at all.
 */
class SmsSenderContractTests {

    private static final VerificationSms MESSAGE = new VerificationSms("suqian", "13800138000", "402913", 5);

    private static SmsSettings settings(Protocol protocol) {
        return protocol == Protocol.ALIYUN ? new SmsSettings(SmsProvider.ALIYUN, "宿迁零工", "SMS_154950909", null)
                : new SmsSettings(SmsProvider.TENCENT, "宿迁零工", "1893011", "1400787878");
    }

    /** The protocol's adapter at the stand-in, with this secret and timeout. */
    private static BiFunction<String, Duration, SmsSender> adapter(Protocol protocol, SmsProviderStandIn provider) {
        URI endpoint = URI.create(provider.url());
        return (secret, timeout) -> protocol == Protocol.ALIYUN
                ? new AliyunSmsSender(endpoint, SmsProviderStandIn.KEY_ID, secret, timeout, Clock.systemUTC())
                : new TencentSmsSender(endpoint, "ap-guangzhou", SmsProviderStandIn.KEY_ID, secret, timeout,
                        Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aWrongSecretIsRefusedByTheProviderAndCountsAsUnavailable(Protocol protocol) {
        try (SmsProviderStandIn provider = SmsProviderStandIn.start(protocol)) {
            assertThat(adapter(protocol, provider).apply("another-secret", Duration.ofSeconds(5))
                    .send(settings(protocol), MESSAGE)).isInstanceOf(Unavailable.class);
            assertThat(provider.last().refusal()).isEqualTo("signature");
            assertThat(adapter(protocol, provider).apply(SmsProviderStandIn.SECRET, Duration.ofSeconds(5))
                    .send(settings(protocol), MESSAGE)).isInstanceOf(SmsSender.Sent.class);
            assertThat(provider.last().refusal()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void noAnswerWithinTheTimeoutIsUnavailableAndADeadEndpointToo(Protocol protocol) {
        SmsProviderStandIn provider = SmsProviderStandIn.start(protocol);
        provider.staged.put(MESSAGE.phone(), new Staged(200, "{}", true));
        BiFunction<String, Duration, SmsSender> adapter = adapter(protocol, provider);
        assertThat(adapter.apply(SmsProviderStandIn.SECRET, Duration.ofMillis(300)).send(settings(protocol), MESSAGE))
                .isEqualTo(new Unavailable("no answer"));
        provider.close();
        assertThat(adapter.apply(SmsProviderStandIn.SECRET, Duration.ofSeconds(2)).send(settings(protocol), MESSAGE))
                .isEqualTo(new Unavailable("no answer"));
    }
}
