package org.lingong.admin.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the realm is and which client the UI signs in as.
 *
 * @param issuerUri the realm's issuer, e.g. {@code http://127.0.0.1:18080/realms/lingong}
 * @param clientId  the public client registered for this UI
 */
@ConfigurationProperties("lingong.oidc")
record OidcClientProperties(String issuerUri, String clientId) {
}
