package org.lingong.devstack.junit;

import org.testcontainers.lifecycle.Startable;

/**
 * Keycloak for tests, with the platform realm {@code lingong} imported from {@code keycloak/lingong-realm.json} and the
 * master administrator {@value #ADMIN} (password {@value #ADMIN}) for realms and accounts of a test run's own.
 */
public interface KeycloakServer extends Startable {

    /** The master administrator's name and password, as dev-stack and the container bootstrap them. */
    String ADMIN = "admin";

    /** The HTTP address, e.g. {@code http://127.0.0.1:18080}. */
    String url();
}
