/**
 * The platform's public API as the consoles call it: through the gateway, with the signed-in user's own access token,
 * so the API's rules (roles, tenant isolation, validation) are the only ones; the UI adds none of its own.
 */
package org.lingong.admin.api;
