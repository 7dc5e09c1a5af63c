package org.lingong.admin.dispatch;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.nearby.NearbyJobs;

/**
 * The dispatch endpoints of one city as the desk calls them, as the signed-in staff member: the market's check-in code,
 * its waiting list, the open jobs around it, staff check-in by ID number, walk-in registration, dispatch and the
 * dispatch-time KPI.
 */
final class DeskApi implements Serializable {

    /** How many jobs around the market the desk offers, nearest first (the API's largest page). */
    static final int JOBS = 50;

    /** The value to show until {@code rotatesAt}, when the market's next value replaces it. */
    record CheckInCode(long marketId, String code, Instant rotatesAt) implements Serializable {
    }

    /** Name and phone come masked from the API. */
    record WaitingWorker(UUID workerId, String name, String phone, List<String> skills, List<String> categories,
                         Instant waitingSince) implements Serializable {

        public WaitingWorker {
            skills = skills == null ? List.of() : List.copyOf(skills);
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    /** Seconds; empty while nothing was dispatched in the period. */
    record Kpi(int dispatches, Double medianSeconds, Double p90Seconds, Double shareWithin60Seconds) {
    }

    record Worker(UUID id, String realName) {
    }

    record Order(UUID id, String status) {
    }

    private record Lookup(String idNumber) {
    }

    /** {@code attempt} names the code the person receives; the phone comes back masked. */
    record CodeSent(UUID attempt, String phone, Instant expiresAt) implements Serializable {
    }

    private record CodeRequest(String phone) {
    }

    record Profile(String realName, String idNumber, String phone, List<String> skills) {
    }

    private record Registration(UUID attempt, String code, boolean consentRead, Profile profile) {
    }

    /** The profile as staff see it: name masked, its status and why. */
    record Registered(Person worker, boolean accountCreated) {

        record Person(UUID id, String realName, String status, String statusReason) {
        }
    }

    private record ForWorker(UUID workerId) {
    }

    private final transient PlatformApi api;
    private final String tenant;

    DeskApi(PlatformApi api, String tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    CheckInCode checkInCode(long market) {
        return api.get(CheckInCode.class, "/t/{tenant}/api/v1/markets/{id}/check-in-code", tenant, market);
    }

    List<WaitingWorker> waiting(long market) {
        return List.of(api.get(WaitingWorker[].class, "/t/{tenant}/api/v1/markets/{id}/waiting-workers", tenant,
                market));
    }

    List<NearbyJobs.Hit> jobs(long market) {
        return api.get(NearbyJobs.AtMarket.class, "/t/{tenant}/api/v1/markets/{id}/jobs?size={size}", tenant, market,
                JOBS).hits();
    }

    /** The ID number travels in the body, never in a URL, as the API asks. */
    Worker lookUp(String idNumber) {
        return api.post(Worker.class, new Lookup(idNumber), "/t/{tenant}/api/v1/workers/lookup", tenant);
    }

    void checkIn(long market, UUID worker) {
        api.post(Void.class, new ForWorker(worker), "/t/{tenant}/api/v1/markets/{id}/check-ins", tenant, market);
    }

    /** A walk-in's phone gets a code (the city's SMS settings and limits apply). */
    CodeSent sendCode(String phone) {
        return api.post(CodeSent.class, new CodeRequest(phone), "/t/{tenant}/api/v1/walk-ins/codes", tenant);
    }

    /** Opens or links the phone's account with the code and registers the profile, verified in person. */
    Registered register(UUID attempt, String code, boolean consentRead, Profile profile) {
        return api.post(Registered.class, new Registration(attempt, code, consentRead, profile),
                "/t/{tenant}/api/v1/walk-ins", tenant);
    }

    Order dispatch(UUID job, UUID worker) {
        return api.post(Order.class, new ForWorker(worker), "/t/{tenant}/api/v1/jobs/{id}/dispatch", tenant, job);
    }

    Kpi kpi(Instant from, Instant to) {
        return api.get(Kpi.class, "/t/{tenant}/api/v1/orders/dispatch-kpi?from={from}&to={to}", tenant, from, to);
    }
}
