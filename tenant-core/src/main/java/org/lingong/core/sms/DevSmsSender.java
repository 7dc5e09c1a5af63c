package org.lingong.core.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.lingong.common.config.DevDefaultsGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The development sender, for {@code ./lingong run} and the tests: nothing leaves the machine; the last codes stay in
 * memory (the newest {@value #KEPT}, per replica) for the dev mailbox page, and each is logged — the only place a code
 * ever reaches a log line, and only in the dev profile, the only one where this bean exists.
 */
@Component
@Profile(DevDefaultsGuard.DEV_PROFILE)
class DevSmsSender implements SmsSender {

    static final int KEPT = 200;
    private static final Logger log = LoggerFactory.getLogger(DevSmsSender.class);

    /** A code as the dev mailbox shows it. */
    record Delivered(String city, String phone, String code, int minutes, String signName, Instant at) {
    }

    private final Deque<Delivered> outbox = new ArrayDeque<>();
    private final Clock clock;

    DevSmsSender(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SmsProvider provider() {
        return SmsProvider.DEV;
    }

    @Override
    public Outcome send(SmsSettings settings, VerificationSms message) {
        Delivered delivered = new Delivered(message.city(), message.phone(), message.code(), message.minutes(),
                settings.signName(), clock.instant());
        synchronized (outbox) {
            outbox.addFirst(delivered);
            while (outbox.size() > KEPT) {
                outbox.removeLast();
            }
        }
        log.info("dev SMS for {} to {}: code {}, valid {} minutes", message.city(), message.phone(), message.code(),
                message.minutes());
        return new Sent("dev");
    }

    /** The kept codes, newest first. */
    List<Delivered> delivered() {
        synchronized (outbox) {
            return List.copyOf(outbox);
        }
    }
}
