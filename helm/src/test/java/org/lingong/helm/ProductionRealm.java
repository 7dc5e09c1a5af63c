package org.lingong.helm;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chart's Keycloak realm, derived from the one realm file (dev-stack's, which {@code ./lingong run} and every test
 * run import): the same roles, groups, clients, fine-grained admin permissions, brute-force detection and token
 * lifetimes, without what only a developer's machine may have.
 */
final class ProductionRealm {

    /**
     * GB/T 22239-2019 level 3 (身份鉴别): passwords with complexity that are changed regularly — 12 characters or more
     * of four kinds, not the user name or e-mail address, none of the last five, changed every 90 days. The dev
     * realm keeps the rest but lets the demo logins keep their password {@code demo}.
     */
    static final String PASSWORD_POLICY = "length(12) and maxLength(64) and upperCase(1) and lowerCase(1)"
            + " and digits(1) and specialChars(1) and notUsername and notEmail and passwordHistory(5)"
            + " and forceExpiredPasswordChange(90)";

    private ProductionRealm() {
    }

    static ObjectNode from(JsonNode devRealm) {
        ObjectNode realm = (ObjectNode) devRealm.deepCopy();
        // TLS for everyone but loopback and private networks (the ingress terminates it).
        realm.put("sslRequired", "external");
        realm.put("passwordPolicy", PASSWORD_POLICY);
        // The demo logins are the dev realm's; the service accounts belong to the clients.
        ArrayNode users = realm.putArray("users");
        devRealm.get("users").valueStream().filter(user -> user.has("serviceAccountClientId")).forEach(users::add);
        for (JsonNode node : realm.get("clients")) {
            ObjectNode client = (ObjectNode) node;
            String id = client.get("clientId").asString();
            if (client.has("secret")) {
                // Resolved by Keycloak's import from the environment of its pod (README).
                client.put("secret", "${" + variable(id) + "_CLIENT_SECRET}");
            }
            switch (id) {
                case "lingong-app" -> {
                    // Scripts and tests sign in with the password grant on the dev realm only.
                    client.put("directAccessGrantsEnabled", false);
                    client.putArray("redirectUris").add("${LINGONG_PUBLIC_URL}/*");
                }
                case "lingong-admin-ui" -> client.putArray("redirectUris").add("${LINGONG_ADMIN_UI_URL}/*");
                default -> { }
            }
        }
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (config.path("config").has("tenantCoreUrl")) {
                // The phone sign-in hands codes to tenant-core inside the cluster (README).
                ((ObjectNode) config.get("config")).put("tenantCoreUrl", "${LINGONG_TENANT_CORE_URL}");
            }
        }
        return realm;
    }

    /** {@code lingong-tenant-core} → {@code LINGONG_TENANT_CORE}. */
    static String variable(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
