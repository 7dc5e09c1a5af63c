package org.lingong.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.lingong.common.config.DevDefaultsGuard;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.ResponseEntity;

/** The dev mailbox exists in the dev profile only, keeps the newest codes, and escapes what it shows. */
class DevSmsOutboxTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(DevSmsSender.class, DevSmsOutboxController.class);

    @Test
    void theSenderAndThePageExistInTheDevProfileOnly() {
        // The test run itself is in the dev profile: name another one, as a deployment would run.
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles("prod")).run(started -> assertThat(started).doesNotHaveBean(DevSmsOutboxController.class)
                .doesNotHaveBean(DevSmsSender.class));
        context.withInitializer(c -> c.getEnvironment().setActiveProfiles(DevDefaultsGuard.DEV_PROFILE))
                .run(started -> assertThat(started).hasSingleBean(DevSmsOutboxController.class)
                        .hasSingleBean(DevSmsSender.class));
    }

    @Test
    void thePageEscapesEveryValueAndAllowsNoScriptAndTheOutboxKeepsOnlyTheNewest() {
        DevSmsSender sender = new DevSmsSender(Clock.systemUTC());
        SmsSettings settings = new SmsSettings(SmsProvider.DEV, "<script>alert(1)</script>", null, null);
        for (int i = 0; i < DevSmsSender.KEPT + 5; i++) {
            sender.send(settings, new VerificationSms("suqian", "13800138000", String.format("%06d", i), 5));
        }
        assertThat(sender.delivered()).hasSize(DevSmsSender.KEPT);
        assertThat(sender.delivered().getFirst().code()).isEqualTo(String.format("%06d", DevSmsSender.KEPT + 4));

        ResponseEntity<String> page = new DevSmsOutboxController(sender).page("suqian", null);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(page.getBody()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("000204");
        assertThat(new DevSmsOutboxController(sender).page("huainan", null).getBody()).doesNotContain("000204");
    }
}
