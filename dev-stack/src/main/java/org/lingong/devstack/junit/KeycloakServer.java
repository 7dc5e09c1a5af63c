package org.lingong.devstack.junit;

import org.testcontainers.lifecycle.Startable;

/**
 * Keycloak for tests, with the platform realm {@code lingong} imported from {@code keycloak/lingong-realm.json} and a
 * master administrator ({@code admin} / {@code admin}) for realms and accounts of a test run's own.
 */
public interface KeycloakServer extends Startable {

    /** The HTTP address, e.g. {@code http://127.0.0.1:18080}. */
    String url();

    String adminUsername();

    String adminPassword();
}
