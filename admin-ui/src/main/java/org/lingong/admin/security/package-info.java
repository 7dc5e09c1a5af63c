/**
 * Sign-in through Keycloak (OpenID Connect, public client with PKCE), realm roles as Spring authorities, and the
 * signed-in user as the views see them.
 */
package org.lingong.admin.security;
