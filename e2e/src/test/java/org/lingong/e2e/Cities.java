package org.lingong.e2e;

import java.util.concurrent.ThreadLocalRandom;
import org.lingong.devstack.DemoTenants;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cities of a test's own, for tests that count or list what a city has: onboarded through the gateway as an operator
 * would, as a copy of a demo city — its names, branding, regions, markets, stations and gigs — under a code of its
 * own, with the logins {@code <code>-admin} and {@code <code>-staff} (password {@code demo}).
 */
final class Cities {

    private Cities() {
    }

    /** Onboards a fresh copy of the demo city {@code demo} (e.g. {@code suqian}) and returns its code. */
    static String copyOf(String demo) {
        String code = demo.substring(0, 2)
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
        ObjectNode request = DemoTenants.requests().stream().filter(city -> city.get("code").asString().equals(demo))
                .findFirst().map(JsonNode::deepCopy).map(ObjectNode.class::cast).orElseThrow();
        request.put("code", code);
        ((ObjectNode) request.get("admin")).put("username", code + "-admin")
                .put("email", code + "-admin@e2e.lingong.invalid");
        DemoTenants.onboard(RunningPlatform.issuerUri(), Platform.gatewayUrl(), request, demo);
        return code;
    }
}
