package org.lingong.common.tenant;

/**
 * Headers the gateway sets after resolving the tenant and the request. The gateway removes any client-sent copy
 * first, so services can trust them — and still re-check the token against the tenant.
 */
public final class TrustedHeaders {

    /** The resolved tenant code. */
    public static final String TENANT = "X-Lingong-Tenant";
    /** The tenant's province (GB/T 2260 two-digit code), for the province-admin rule. */
    public static final String TENANT_PROVINCE = "X-Lingong-Tenant-Province";
    /** Correlates logs across gateway and services; kept when a client sends one that looks sane. */
    public static final String REQUEST_ID = "X-Request-Id";

    private TrustedHeaders() {
    }
}
