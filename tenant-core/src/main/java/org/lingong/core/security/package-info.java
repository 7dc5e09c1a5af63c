/**
 * Who may call what: the filter chain (Keycloak tokens, public reads, {@code /internal} for the platform's services,
 * {@code /api/v1/platform} for platform admins) and the tenant filter that checks each tenant-scoped request against
 * the registry and the caller's token before opening the city's context. Exposes nothing.
 */
package org.lingong.core.security;
