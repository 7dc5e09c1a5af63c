/**
 * Tenant scope of the public API. The gateway resolves the tenant from the {@code /t/<code>/} prefix or the city's
 * host name and passes it in trusted headers; {@link org.lingong.search.tenancy.TenantFilter} checks them again
 * against the caller's token and hands the tenant to the controllers. Query parameters never choose the tenant.
 */
@NullMarked
package org.lingong.search.tenancy;

import org.jspecify.annotations.NullMarked;
