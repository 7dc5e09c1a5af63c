/**
 * OAuth2 resource server: Keycloak JWTs (issuer and audience {@code lingong-api} checked). Public API under
 * {@code /api/**} needs any valid token that may act in the request's tenant (see
 * {@code org.lingong.search.tenancy}); service-to-service endpoints under {@code /internal/**} need a token of a
 * service client.
 */
@NullMarked
package org.lingong.search.security;

import org.jspecify.annotations.NullMarked;
