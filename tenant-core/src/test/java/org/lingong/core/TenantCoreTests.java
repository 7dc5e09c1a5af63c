package org.lingong.core;

import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * tenant-core on a random port against the real PostgreSQL and Keycloak, with the search service played by
 * {@link SearchStandIn} and the SMS providers by {@link SmsProviderStandIn}, so their failures can be staged.
 * <p>
 * The test run has a database and a realm of its own on the test servers ({@link RealServers}): tenant-core's
 * background work (the outbox relay, job expiry) acts on every city of its database, and must neither deliver the dev
 * platform's or another run's job changes to this run's stand-in nor have this run's changes taken by theirs. Both are
 * removed when the run ends.
 */
@RealServers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TenantCoreTests {

    protected static final SearchStandIn search = SearchStandIn.shared();
    /** Alibaba Cloud and Tencent Cloud SMS, for cities whose settings choose them (the default is the dev sender). */
    protected static final SmsProviderStandIn aliyunSms = SmsProviderStandIn.shared(SmsProviderStandIn.Protocol.ALIYUN);
    protected static final SmsProviderStandIn tencentSms =
            SmsProviderStandIn.shared(SmsProviderStandIn.Protocol.TENCENT);

    @DynamicPropertySource
    static void searchUrl(DynamicPropertyRegistry registry) {
        registry.add("lingong.search.url", search::url);
        registry.add("lingong.sms.aliyun.endpoint", aliyunSms::url);
        registry.add("lingong.sms.aliyun.access-key-id", () -> SmsProviderStandIn.KEY_ID);
        registry.add("lingong.sms.aliyun.access-key-secret", () -> SmsProviderStandIn.SECRET);
        registry.add("lingong.sms.tencent.endpoint", tencentSms::url);
        registry.add("lingong.sms.tencent.secret-id", () -> SmsProviderStandIn.KEY_ID);
        registry.add("lingong.sms.tencent.secret-key", () -> SmsProviderStandIn.SECRET);
        registry.add("lingong.sms.timeout", () -> "PT2S");
        // Tests step the order's and the complaints' clocks themselves, at times of their choosing
        // (OrderClock.stepDue, Complaints.sweep); the schedulers run for real in the end-to-end suite.
        registry.add("lingong.orders.clock-interval", () -> "PT1H");
        registry.add("lingong.complaints.clock-interval", () -> "PT1H");
    }

    @LocalServerPort
    protected int port;

    protected Api api() {
        return new Api(port);
    }
}
