package org.lingong.e2e;

import java.util.List;

/**
 * One family of tenant-scoped endpoints, as the isolation suite attacks it. A new endpoint family joins the suite by
 * adding one line to {@link #ALL}: every attack in {@link TenantIsolationTests} then runs against it.
 *
 * @param path path after the tenant prefix, e.g. {@code /api/v1/tenant}
 * @param body JSON body for writes, {@code null} for reads
 */
record EndpointFamily(String name, String method, String path, String body) {

    static final List<EndpointFamily> ALL = List.of(
            new EndpointFamily("tenant profile", "GET", "/api/v1/tenant", null),
            new EndpointFamily("branding", "PUT", "/api/v1/tenant/branding",
                    "{\"brandName\":\"被劫持\",\"primaryColor\":\"#000000\"}"),
            new EndpointFamily("audit trail", "GET", "/api/v1/audit-events", null),
            new EndpointFamily("search status", "GET", "/api/v1/search/status", null),
            new EndpointFamily("job categories", "POST", "/api/v1/job-categories",
                    "{\"code\":\"hijack\",\"nameZh\":\"劫持\",\"nameEn\":\"Hijack\"}"),
            new EndpointFamily("jobs", "GET", "/api/v1/jobs", null),
            new EndpointFamily("job sources KPI", "GET", "/api/v1/jobs/sources?from=2026-01-01&to=2026-12-31", null),
            new EndpointFamily("coordinate conversion", "GET", "/api/v1/maps/convert?lat=33.96&lon=118.28&to=bd09",
                    null));

    boolean writes() {
        return body != null;
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + name + ")";
    }
}
