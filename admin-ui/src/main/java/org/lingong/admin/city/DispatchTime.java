package org.lingong.admin.city;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.lingong.admin.api.PlatformApi;

/**
 * How fast station staff dispatched waiting workers: the median in seconds and the share within the 60 seconds the
 * market promises; both empty when nobody was dispatched.
 */
record DispatchTime(int dispatches, Double medianSeconds, Double shareWithin60Seconds) {

    /** This calendar year so far, China time, as the other key figures. */
    static DispatchTime thisYear(PlatformApi api, String tenant) {
        ZonedDateTime now = ZonedDateTime.now(CityKpis.CHINA);
        ZonedDateTime newYear = LocalDate.now(CityKpis.CHINA).withDayOfYear(1).atStartOfDay(CityKpis.CHINA);
        return api.get(DispatchTime.class, "/t/{tenant}/api/v1/orders/dispatch-kpi?from={from}&to={to}", tenant,
                newYear.toInstant(), now.toInstant());
    }
}
