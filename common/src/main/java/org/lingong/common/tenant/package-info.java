/**
 * The tenant rules every service applies identically: what a tenant code may be ({@link
 * org.lingong.common.tenant.TenantCode}), who may act in which city ({@link org.lingong.common.tenant.TenantAccess})
 * and the headers the gateway sets and nobody else may ({@link org.lingong.common.tenant.TrustedHeaders}).
 */
package org.lingong.common.tenant;
