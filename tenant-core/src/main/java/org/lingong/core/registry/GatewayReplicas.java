package org.lingong.core.registry;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gateway replicas alive, as their polls of the registry feed show: each names itself on every poll (every 2 s),
 * and one that has not polled for {@link #ALIVE} has stopped. Kept in the platform schema, so every tenant-core
 * replica counts the same; the gateways divide their rate limits by the count.
 */
@Component
class GatewayReplicas {

    /** Five missed polls. */
    static final Duration ALIVE = Duration.ofSeconds(10);
    private static final Duration FORGOTTEN = Duration.ofHours(1);

    private final JdbcClient jdbc;

    GatewayReplicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a replica's poll (a name that is no UUID is not recorded) and answers how many are alive. */
    int polled(String instance) {
        if (isUuid(instance)) {
            jdbc.sql("""
                    insert into platform.gateway_replica (instance, seen_at) values (:instance, now())
                    on conflict (instance) do update set seen_at = excluded.seen_at""")
                    .param("instance", instance).update();
            jdbc.sql("delete from platform.gateway_replica where seen_at < now() - make_interval(secs => :seconds)")
                    .param("seconds", FORGOTTEN.toSeconds()).update();
        }
        return alive();
    }

    /** At least 1: a gateway asking is one. */
    int alive() {
        long alive = jdbc.sql("""
                select count(*) from platform.gateway_replica
                where seen_at > now() - make_interval(secs => :seconds)""")
                .param("seconds", ALIVE.toSeconds()).query(Long.class).single();
        return (int) Math.max(1, alive);
    }

    private static boolean isUuid(String instance) {
        try {
            return instance != null && UUID.fromString(instance).toString().equalsIgnoreCase(instance);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
