/**
 * Keycloak as the platform's services see it: the admin client that opens, disables and lists the users of a city
 * ({@link org.lingong.core.identity.KeycloakUsers}) and the service account's token for calls to the other services.
 */
package org.lingong.core.identity;
