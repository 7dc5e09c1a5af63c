package org.lingong.core.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes: reservations older than the hourly limit's window go. A phone that asks again sweeps its own rows,
 * but a phone that never returns would otherwise leave its keyed hash in {@code platform.sms_send} for good.
 */
@Component
class SmsSendPruning {

    private static final Logger log = LoggerFactory.getLogger(SmsSendPruning.class);

    private final JdbcClient jdbc;

    SmsSendPruning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${lingong.sms.prune-interval:PT10M}")
    int prune() {
        int pruned = jdbc.sql("delete from platform.sms_send where sent_at < now() - interval '1 hour'").update();
        if (pruned > 0) {
            log.debug("pruned {} SMS code reservations past the hourly window", pruned);
        }
        return pruned;
    }
}
