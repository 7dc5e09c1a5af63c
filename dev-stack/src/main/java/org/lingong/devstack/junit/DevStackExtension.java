package org.lingong.devstack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.devstack.DevStack;

/**
 * Ensures the dev servers run and publishes their addresses as the system properties the services' configuration
 * reads ({@code LINGONG_DB_URL}, {@code LINGONG_ES_URL}, {@code LINGONG_ISSUER_URI}).
 */
public final class DevStackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        DevStack stack = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(DevStack.class, type -> DevStack.local().ensureRunning(), DevStack.class);
        System.setProperty("LINGONG_DB_URL", stack.postgresJdbcUrl());
        System.setProperty("LINGONG_ES_URL", stack.elasticsearchUrl());
        System.setProperty("LINGONG_ISSUER_URI", stack.issuerUri());
        System.setProperty("LINGONG_KEYCLOAK_URL", stack.keycloakUrl());
    }
}
