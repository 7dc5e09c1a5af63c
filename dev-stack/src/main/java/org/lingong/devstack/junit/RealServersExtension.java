package org.lingong.devstack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.devstack.ServerAddresses;

/**
 * Starts the run's {@link TestServers} once, stops them when the run ends (containers go; dev-stack's shared servers
 * stay for the next module), and publishes their addresses as system properties for the services under test.
 */
public final class RealServersExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestServers servers = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(TestServers.class, type -> TestServers.shared(), TestServers.class);
        ServerAddresses addresses = servers.addresses();
        System.setProperty("LINGONG_DB_URL", addresses.jdbcUrl());
        System.setProperty("LINGONG_ES_URL", addresses.elasticsearchUrl());
        System.setProperty("LINGONG_ISSUER_URI", addresses.issuerUri());
        System.setProperty("LINGONG_KEYCLOAK_URL", addresses.keycloakUrl());
    }
}
