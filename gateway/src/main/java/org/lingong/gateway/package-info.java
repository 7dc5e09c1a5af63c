/**
 * The API gateway: one route per service, and the order of its own web filters ({@link
 * org.lingong.gateway.FilterOrder}) — request log, tenant resolution, rate limit — which all run before security. Each
 * sub-package is one of those concerns and offers only what the routes and the security rules need.
 */
package org.lingong.gateway;
