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
            new EndpointFamily("workers", "GET", "/api/v1/workers", null),
            new EndpointFamily("worker priority groups", "GET", "/api/v1/worker-priority-groups", null),
            new EndpointFamily("employers", "GET", "/api/v1/employers", null),
            new EndpointFamily("own employer profile", "PUT", "/api/v1/employers/me",
                    "{\"legalName\":\"被劫持\",\"creditCode\":\"914403001922038216\",\"contactName\":\"王\","
                            + "\"contactPhone\":\"13812345678\"}"),
            new EndpointFamily("regions", "GET", "/api/v1/regions", null),
            new EndpointFamily("region create", "POST", "/api/v1/regions",
                    "{\"code\":\"321399\",\"name\":\"被劫持区\",\"level\":\"COUNTY\"}"),
            new EndpointFamily("network carriers", "GET", "/api/v1/network/carriers", null),
            new EndpointFamily("carrier create", "POST", "/api/v1/network/carriers",
                    "{\"kind\":\"WINDOW\",\"name\":\"被劫持专窗\",\"regionCode\":\"321302101201\","
                            + "\"latitude\":33.88,\"longitude\":118.1,\"address\":\"劫持\","
                            + "\"openingHours\":{\"weekly\":{}},\"operatorType\":\"GOVERNMENT\","
                            + "\"status\":\"OPEN\"}"),
            new EndpointFamily("network directory", "GET", "/api/v1/network/directory", null),
            new EndpointFamily("network coverage", "GET", "/api/v1/network/coverage", null),
            new EndpointFamily("coordinate conversion", "GET", "/api/v1/maps/convert?lat=33.96&lon=118.28&to=bd09",
                    null),
            new EndpointFamily("nearby jobs", "GET", "/api/v1/jobs/nearby?lat=33.96&lon=118.28", null),
            new EndpointFamily("network nearby", "GET", "/api/v1/network/nearby?lat=33.96&lon=118.28", null),
            new EndpointFamily("jobs near a market", "GET", "/api/v1/markets/1/jobs", null),
            new EndpointFamily("search settings", "PUT", "/api/v1/tenant/search-settings",
                    "{\"sharesJobsWithNeighbours\":true,\"travelSpeeds\":{\"WALK\":999,\"BIKE\":999,"
                            + "\"EBIKE\":999,\"TRANSIT\":999}}"),
            new EndpointFamily("nearby job titles", "GET", "/api/v1/jobs/nearby/suggest?lat=33.96&lon=118.28&prefix=搬",
                    null));

    boolean writes() {
        return body != null;
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + name + ")";
    }
}
