package org.lingong.gateway.tenant;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How many gateway replicas are alive, as tenant-core's registry feed counts them: every replica names itself on the
 * poll it makes every 2 s, and the feed answers how many polled lately (a replica that stops polling drops out within
 * seconds). The rate limits divide by it. 1 until the feed has said otherwise.
 */
@Component
public class GatewayReplicas {

    private final String instance = UUID.randomUUID().toString();
    private volatile int count = 1;

    /** The live replicas, this one included: at least 1. */
    public int count() {
        return count;
    }

    /** This replica's name on its polls. */
    String instance() {
        return instance;
    }

    /** The feed's answer; ignored when it is missing or not a positive number. */
    void reported(String replicas) {
        if (replicas == null) {
            return;
        }
        try {
            int reported = Integer.parseInt(replicas.trim());
            if (reported > 0) {
                count = reported;
            }
        } catch (NumberFormatException ignored) {
            // An older tenant-core, or a proxy in between: keep the last count.
        }
    }
}
