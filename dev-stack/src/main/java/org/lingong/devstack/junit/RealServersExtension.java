package org.lingong.devstack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.devstack.ServerAddresses;

/**
 * Starts the JVM's {@link TestServers} on first use (they stop when it exits: containers go, dev-stack's shared servers
 * stay for the next module), begins the JVM's {@link TestRun} — a database and a realm of its own, made from this
 * clone's realm file, so a changed realm file takes effect in the tests without touching the shared dev realm — and
 * publishes their addresses as system properties for the services under test. The run ends with the JVM's tests.
 */
public final class RealServersExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestRun run = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(TestRun.class,
                type -> TestRun.begin(TestServers.shared(), "module"), TestRun.class);
        ServerAddresses addresses = run.addresses();
        System.setProperty("LINGONG_DB_URL", addresses.jdbcUrl());
        System.setProperty("LINGONG_ES_URL", addresses.elasticsearchUrl());
        System.setProperty("LINGONG_ISSUER_URI", addresses.issuerUri());
        System.setProperty("LINGONG_KEYCLOAK_URL", addresses.keycloakUrl());
        System.setProperty("LINGONG_KEYCLOAK_REALM", addresses.realm());
    }
}
