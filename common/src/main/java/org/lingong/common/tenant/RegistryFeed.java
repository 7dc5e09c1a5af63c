package org.lingong.common.tenant;

/**
 * tenant-core's registry feed ({@value #PATH}), which the gateway and search poll every few seconds with
 * {@code If-None-Match}. Each gateway replica names itself on its poll ({@value #GATEWAY_INSTANCE}), and every answer,
 * 200 or 304, says how many gateway replicas polled lately ({@value #GATEWAY_REPLICAS}): each replica enforces its
 * share of the platform's rate limits, so the limits hold whatever the number of replicas.
 */
public final class RegistryFeed {

    public static final String PATH = "/internal/v1/tenant-routes";
    /** A gateway replica's id, a UUID it draws at start. */
    public static final String GATEWAY_INSTANCE = "X-Lingong-Gateway-Instance";
    /** How many gateway replicas polled within the last few polls, at least 1. */
    public static final String GATEWAY_REPLICAS = "X-Lingong-Gateway-Replicas";

    private RegistryFeed() {
    }
}
