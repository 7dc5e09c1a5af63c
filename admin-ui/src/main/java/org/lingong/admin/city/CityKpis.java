package org.lingong.admin.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalDouble;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.common.i18n.China;

/**
 * One city's key figures for a period, as read from the API: jobs posted and their sources, registered workers and
 * employers, the service network's coverage and how its disputes were settled; each with the city's target where one
 * exists.
 */
public record CityKpis(TenantProfile city, LocalDate from, LocalDate to, long jobsPosted, Map<String, Long> jobsBySource,
                       double thirdPartyShare, double thirdPartyTarget, long workers, long employers,
                       Measure townshipStations, Measure centralVillageWindows, Measure countyMarkets,
                       Disputes disputes) {

    public static final ZoneId CHINA = China.ZONE;

    /**
     * A coverage ratio in percent, with the guideline's target; {@code percent} and {@code met} are empty when there is
     * nothing to measure (no township, no central village …).
     */
    public record Measure(long numerator, long denominator, Double percent, Double target, Boolean met) {
    }

    /**
     * The period's dispute figures (rates 0–1, null when no mediation ended or no case was filed) with the city's
     * targets in percent.
     */
    public record Disputes(Double mediationSuccessRate, int mediationTargetPercent, Double arbitrationClosureRate,
                           int arbitrationTargetPercent) {
    }

    record SourceShare(Map<String, Long> jobs, long total, BigDecimal thirdPartyShare, BigDecimal target) {
    }

    record Total(long total) {
    }

    record Coverage(Area city) {
        record Area(Measure townshipStations, Measure centralVillageWindows, Measure countyMarkets) {
        }
    }

    /** The figures of this calendar year so far (China time): targets are yearly. */
    public static CityKpis thisYear(PlatformApi api, TenantProfile city) {
        LocalDate today = LocalDate.now(CHINA);
        return load(api, city, today.withDayOfYear(1), today);
    }

    static CityKpis load(PlatformApi api, TenantProfile city, LocalDate from, LocalDate to) {
        String code = city.code();
        SourceShare sources = api.get(SourceShare.class, "/t/{tenant}/api/v1/jobs/sources?from={from}&to={to}",
                code, from, to);
        long workers = api.get(Total.class, "/t/{tenant}/api/v1/workers?size=1", code).total();
        long employers = api.get(Total.class, "/t/{tenant}/api/v1/employers?size=1", code).total();
        Coverage.Area coverage = api.get(Coverage.class, "/t/{tenant}/api/v1/network/coverage", code).city();
        Disputes disputes = api.get(Disputes.class, "/t/{tenant}/api/v1/disputes/kpis?from={from}&to={to}", code,
                from, to);
        return new CityKpis(city, from, to, sources.total(), sources.jobs(), sources.thirdPartyShare().doubleValue(),
                sources.target().doubleValue(), workers, employers, coverage.townshipStations(),
                coverage.centralVillageWindows(), coverage.countyMarkets(), disputes);
    }

    public OptionalDouble jobsTarget() {
        return target(city.targetsOrNone().jobsPosted());
    }

    public OptionalDouble workersTarget() {
        return target(city.targetsOrNone().registeredUsers());
    }

    public OptionalDouble employersTarget() {
        return target(city.targetsOrNone().employers());
    }

    private static OptionalDouble target(Integer value) {
        return value == null || value == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
