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
            new EndpointFamily("job posting for an employer (代发布)", "POST", "/api/v1/jobs",
                    "{\"title\":\"被劫持\",\"onBehalfOf\":\"00000000-0000-4000-8000-000000000001\"}"),
            new EndpointFamily("job sources KPI", "GET", "/api/v1/jobs/sources?from=2026-01-01&to=2026-12-31", null),
            new EndpointFamily("workers", "GET", "/api/v1/workers", null),
            new EndpointFamily("worker priority groups", "GET", "/api/v1/worker-priority-groups", null),
            // Their reads are of one worker (404 in a city without it), as the employer review's licence is.
            new EndpointFamily("priority-group certification", "PUT",
                    "/api/v1/workers/00000000-0000-0000-0000-000000000002/priority-groups/DIFFICULTY",
                    "{\"evidence\":\"OTHER\",\"validUntil\":\"2027-06-30\"}"),
            new EndpointFamily("priority-group revocation", "POST",
                    "/api/v1/workers/00000000-0000-0000-0000-000000000002/priority-groups/DIFFICULTY/revoke",
                    "{\"reason\":\"劫持\"}"),
            new EndpointFamily("employers", "GET", "/api/v1/employers", null),
            new EndpointFamily("employers by name", "GET", "/api/v1/employers?status=VERIFIED&q=hijack", null),
            new EndpointFamily("own employer profile", "PUT", "/api/v1/employers/me",
                    "{\"legalName\":\"被劫持\",\"creditCode\":\"914403001922038216\",\"legalRepresentative\":\"王\","
                            + "\"contactName\":\"王\",\"contactPhone\":\"13812345678\"}"),
            new EndpointFamily("own employer licence", "PUT", "/api/v1/employers/me/licence", "\u0089PNG"),
            new EndpointFamily("employer review", "POST",
                    "/api/v1/employers/00000000-0000-0000-0000-000000000001/verification",
                    "{\"decision\":\"APPROVE\"}"),
            // The licence image itself is a read of one employer (404 in a city without it): EmployerReviewTests.
            new EndpointFamily("employer licence limit", "GET", "/api/v1/employers/licence-limit", null),
            new EndpointFamily("employer licence limit change", "PUT", "/api/v1/employers/licence-limit",
                    "{\"maxBytes\":204800}"),
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
            new EndpointFamily("contract template", "GET", "/api/v1/contract-template", null),
            new EndpointFamily("contract template update", "PUT", "/api/v1/contract-template",
                    "{\"title\":\"被劫持\",\"body\":\"劫持\"}"),
            new EndpointFamily("contract chain verification", "GET", "/api/v1/contracts/verify", null),
            new EndpointFamily("contract signing", "POST",
                    "/api/v1/orders/00000000-0000-4000-8000-000000000000/contract/sign",
                    "{\"documentHash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}"),
            // Worker-only endpoints join as writes: the spoofed-header check reads as the city admin, whom they refuse.
            new EndpointFamily("worker position", "PUT", "/api/v1/workers/me/position",
                    "{\"latitude\":33.96,\"longitude\":118.27}"),
            new EndpointFamily("worker notification settings", "PUT", "/api/v1/workers/me/notification-settings",
                    "{\"minutes\":15,\"mode\":\"WALK\"}"),
            new EndpointFamily("worker notifications", "POST", "/api/v1/workers/me/notifications/1/read", "{}"),
            new EndpointFamily("coordinate conversion", "GET", "/api/v1/maps/convert?lat=33.96&lon=118.28&to=bd09",
                    null),
            new EndpointFamily("nearby jobs", "GET", "/api/v1/jobs/nearby?lat=33.96&lon=118.28", null),
            new EndpointFamily("network nearby", "GET", "/api/v1/network/nearby?lat=33.96&lon=118.28", null),
            new EndpointFamily("jobs near a market", "GET", "/api/v1/markets/1/jobs", null),
            new EndpointFamily("search settings", "PUT", "/api/v1/tenant/search-settings",
                    "{\"sharesJobsWithNeighbours\":true,\"travelSpeeds\":{\"WALK\":999,\"BIKE\":999,"
                            + "\"EBIKE\":999,\"TRANSIT\":999}}"),
            new EndpointFamily("nearby job titles", "GET", "/api/v1/jobs/nearby/suggest?lat=33.96&lon=118.28&prefix=搬",
                    null),
            new EndpointFamily("orders", "GET", "/api/v1/orders", null),
            new EndpointFamily("dispatch KPI", "GET", "/api/v1/orders/dispatch-kpi?from=2026-01-01T00:00:00Z"
                    + "&to=2026-12-31T00:00:00Z", null),
            new EndpointFamily("job grab", "POST", "/api/v1/jobs/00000000-0000-0000-0000-000000000001/grab", "{}"),
            new EndpointFamily("job dispatch", "POST", "/api/v1/jobs/00000000-0000-0000-0000-000000000001/dispatch",
                    "{\"workerId\": \"00000000-0000-0000-0000-000000000002\"}"),
            new EndpointFamily("market check-in", "POST", "/api/v1/markets/1/check-ins",
                    "{\"workerId\": \"00000000-0000-0000-0000-000000000002\"}"),
            new EndpointFamily("market waiting list", "GET", "/api/v1/markets/1/waiting-workers", null),
            new EndpointFamily("order clock", "GET", "/api/v1/order-clock", null),
            new EndpointFamily("order clock change", "PUT", "/api/v1/order-clock",
                    "{\"confirmWithinMinutes\":1,\"noShowAfterMinutes\":5,\"completeAfterHours\":1,"
                            + "\"paymentWithinDays\":1,\"checkInRadiusMetres\":5000}"),
            new EndpointFamily("order check-in", "POST", "/api/v1/orders/00000000-0000-4000-8000-000000000001/check-in",
                    "{\"latitude\":33.96,\"longitude\":118.27}"),
            new EndpointFamily("employer saved addresses", "POST", "/api/v1/employers/me/addresses",
                    "{\"label\":\"被劫持\",\"address\":\"劫持\",\"latitude\":33.96,\"longitude\":118.27}"),
            new EndpointFamily("employer's own draft", "POST",
                    "/api/v1/employers/me/jobs/00000000-0000-4000-8000-000000000001/publish", "{}"),
            new EndpointFamily("employer block list", "POST",
                    "/api/v1/employers/me/blocked-workers/00000000-0000-0000-0000-000000000002", "{}"),
            new EndpointFamily("order payments", "POST", "/api/v1/orders/00000000-0000-4000-8000-000000000001/payments",
                    "{\"amountFen\":18000,\"method\":\"CASH\",\"paidAt\":\"2026-06-01T02:00:00Z\"}"),
            new EndpointFamily("order ratings", "POST", "/api/v1/orders/00000000-0000-4000-8000-000000000001/ratings",
                    "{\"stars\":5,\"tags\":[\"PUNCTUAL\"],\"comment\":\"劫持\"}"),
            new EndpointFamily("working calendar", "GET", "/api/v1/calendar/2026", null),
            new EndpointFamily("working calendar day", "PUT", "/api/v1/calendar/days/2026-09-21",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"劫持\"}"),
            new EndpointFamily("complaint desk", "GET", "/api/v1/complaints", null),
            new EndpointFamily("complaint filing", "POST", "/api/v1/complaints",
                    "{\"subjectKind\":\"AGENCY\",\"subjectName\":\"劫持\",\"category\":\"OTHER\","
                            + "\"text\":\"劫持\"}"),
            new EndpointFamily("complaint step", "POST",
                    "/api/v1/complaints/00000000-0000-4000-8000-000000000001/steps", "{\"status\":\"ACCEPTED\"}"),
            new EndpointFamily("complaint deadlines", "PUT", "/api/v1/complaints/settings",
                    "{\"acceptWithinDays\":1,\"decideWithinDays\":1,\"closeWithinDays\":1,"
                            + "\"remindBeforeHours\":1}"),
            new EndpointFamily("sanctions", "GET", "/api/v1/sanctions", null),
            new EndpointFamily("sanction decision", "POST", "/api/v1/sanctions",
                    "{\"employerId\":\"00000000-0000-4000-8000-000000000001\",\"measure\":\"CLOSE\","
                            + "\"grounds\":\"劫持\",\"decision\":\"劫持\"}"),
            new EndpointFamily("sanction lifting", "POST",
                    "/api/v1/sanctions/00000000-0000-4000-8000-000000000001/lift", "{\"note\":\"劫持\"}"),
            new EndpointFamily("sanction appeal", "POST",
                    "/api/v1/employers/me/sanctions/00000000-0000-4000-8000-000000000001/appeal",
                    "{\"grounds\":\"劫持\"}"),
            new EndpointFamily("agency blacklist", "GET", "/api/v1/agency-blacklist", null),
            new EndpointFamily("agency blacklist proposal", "POST", "/api/v1/agency-blacklist",
                    "{\"name\":\"劫持\",\"creditCode\":\"" + CreditCodes.random() + "\",\"grounds\":\"劫持\"}"),
            new EndpointFamily("agency blacklist check", "GET",
                    "/api/v1/agency-blacklist/check?creditCode=" + CreditCodes.random(), null),
            new EndpointFamily("disputes", "GET", "/api/v1/disputes", null),
            new EndpointFamily("dispute figures", "GET", "/api/v1/disputes/kpis?from=2026-01-01&to=2026-01-31", null),
            new EndpointFamily("dispute opening", "POST", "/api/v1/disputes",
                    "{\"orderId\":\"00000000-0000-4000-8000-000000000001\",\"source\":\"STAFF\","
                            + "\"mediatorId\":\"00000000-0000-4000-8000-000000000001\",\"claimFen\":0,"
                            + "\"claim\":\"劫持\"}"),
            new EndpointFamily("dispute step", "POST",
                    "/api/v1/disputes/00000000-0000-4000-8000-000000000001/mediation-failure", "{\"reason\":\"劫持\"}"),
            new EndpointFamily("dispute settings", "PUT", "/api/v1/disputes/settings",
                    "{\"mediationDays\":1,\"mediationTargetPercent\":1,\"arbitrationTargetPercent\":1}"),
            new EndpointFamily("mediators", "POST", "/api/v1/disputes/mediators",
                    "{\"name\":\"劫持\",\"organisation\":\"劫持\"}"),
            new EndpointFamily("screening rules", "GET", "/api/v1/screening/rules", null),
            new EndpointFamily("screening trial", "POST", "/api/v1/screening/trials",
                    "{\"title\":\"劫持\",\"description\":\"劫持\"}"),
            new EndpointFamily("screening review queue", "GET", "/api/v1/screening/reviews", null),
            new EndpointFamily("screening review approval", "POST",
                    "/api/v1/screening/reviews/00000000-0000-4000-8000-000000000001/approve", "{}"),
            new EndpointFamily("settlement summary", "GET", "/api/v1/settlements/summary?from=2026-01-01&to=2026-12-31",
                    null),
            new EndpointFamily("wage arrears", "GET", "/api/v1/wage-arrears", null),
            new EndpointFamily("insurance settings", "PUT", "/api/v1/insurance/settings",
                    "{\"requireInsuranceForCheckIn\":true}"),
            new EndpointFamily("insurance days", "POST",
                    "/api/v1/workers/00000000-0000-4000-8000-000000000001/insurance-days",
                    "{\"date\":\"2026-12-01\",\"policy\":{\"type\":\"ACCIDENT\",\"insurer\":\"劫持保险\","
                            + "\"policyNumber\":\"HIJACK001\",\"premiumFen\":300,\"paidBy\":\"EMPLOYER\"}}"),
            new EndpointFamily("walk-in code", "POST", "/api/v1/walk-ins/codes", "{\"phone\":\"13812345678\"}"),
            new EndpointFamily("walk-in registration", "POST", "/api/v1/walk-ins",
                    "{\"attempt\":\"00000000-0000-4000-8000-000000000001\",\"code\":\"123456\","
                            + "\"consentRead\":true,\"profile\":{\"realName\":\"劫持\",\"phone\":\"13812345678\","
                            + "\"idNumber\":\"11010519491231002X\"}}"),
            // A person's own national account, reached through any of its cities (the list of its cities is the
            // caller's alone by its token's subject, and a worker's or employer's only: no read family for it).
            new EndpointFamily("own account closure", "DELETE", "/api/v1/accounts/me", "{}"),
            new EndpointFamily("staff accounts", "GET", "/api/v1/staff-accounts", null),
            new EndpointFamily("staff account create", "POST", "/api/v1/staff-accounts",
                    "{\"username\":\"hijack-staff\",\"lastName\":\"劫\",\"firstName\":\"持\","
                            + "\"email\":\"hijack-staff@e2e.lingong.invalid\"}"),
            new EndpointFamily("staff account disable", "POST",
                    "/api/v1/staff-accounts/00000000-0000-4000-8000-000000000001/disable", "{}"));

    boolean writes() {
        return body != null;
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + name + ")";
    }
}
