package org.lingong.devstack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.devstack.ServerAddresses;

/**
 * Starts the JVM's {@link TestServers} on first use (they stop when it exits: containers go, dev-stack's shared servers
 * stay for the next module) and publishes their addresses as system properties for the services under test.
 */
public final class RealServersExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ServerAddresses addresses = TestServers.shared().addresses();
        System.setProperty("LINGONG_DB_URL", addresses.jdbcUrl());
        System.setProperty("LINGONG_ES_URL", addresses.elasticsearchUrl());
        System.setProperty("LINGONG_ISSUER_URI", addresses.issuerUri());
        System.setProperty("LINGONG_KEYCLOAK_URL", addresses.keycloakUrl());
    }
}
