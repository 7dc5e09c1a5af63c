package org.lingong.devstack;

/** Loopback ports of the dev servers; fixed so services find them with their default configuration. */
public record StackPorts(int postgres, int elasticsearch, int keycloak) {

    public static StackPorts fromEnvironment() {
        return new StackPorts(
                port("LINGONG_PG_PORT", 15432),
                port("LINGONG_ES_PORT", 19200),
                port("LINGONG_KEYCLOAK_PORT", 18080));
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
