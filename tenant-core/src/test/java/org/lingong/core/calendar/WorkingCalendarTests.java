package org.lingong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.common.i18n.China;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Working days follow the State Council's schedule with its 调休 weekends, which each city's admin may amend: periods
 * skip holidays, count make-up Saturdays and Sundays, and end at midnight in China after their last working day.
 */
class WorkingCalendarTests extends OrderWorldTests {

    @Autowired
    WorkingCalendar calendar;

    private LocalDate plus(String start, int days) {
        return TenantContext.call(new TenantCode(world.city),
                () -> calendar.plusWorkingDays(LocalDate.parse(start), days));
    }

    @Test
    void periodsSkipHolidaysAndCountMakeUpWeekends() {
        // Sunday 20 September is worked before the National Day week; the week itself is off.
        assertThat(plus("2026-09-18", 1)).isEqualTo("2026-09-20");
        assertThat(plus("2026-09-30", 1)).isEqualTo("2026-10-08");
        assertThat(plus("2026-02-13", 1)).isEqualTo("2026-02-14");
        // Fifteen working days across the Spring Festival and across the National Day.
        assertThat(plus("2026-02-13", 15)).isEqualTo("2026-03-12");
        assertThat(plus("2026-09-24", 15)).isEqualTo("2026-10-22");
        // Into a year whose schedule is not in yet: plain weekends.
        assertThat(plus("2026-12-30", 3)).isEqualTo("2027-01-04");

        // A complaint received on the evening before the National Day holiday is due at midnight after 8 October.
        Instant received = ZonedDateTime.of(2026, 9, 30, 21, 15, 0, 0, China.ZONE).toInstant();
        assertThat(TenantContext.call(new TenantCode(world.city), () -> calendar.deadline(received, 1)))
                .isEqualTo(ZonedDateTime.of(2026, 10, 9, 0, 0, 0, 0, China.ZONE).toInstant());
    }

    @Test
    void theCityAdminAmendsItsOwnCalendarOnly() {
        JsonNode year = world.api.get("/api/v1/calendar/2026", world.staff(), world.in()).expect(200).body();
        assertThat(year.get("entered").asBoolean()).isTrue();
        assertThat(year.get("workingDays").asInt()).isEqualTo(248);
        assertThat(year.get("days")).anySatisfy(day -> {
            assertThat(day.get("date").asString()).isEqualTo("2026-10-10");
            assertThat(day.get("kind").asString()).isEqualTo("WORKDAY");
        });
        assertThat(world.api.get("/api/v1/calendar/2027", world.admin, world.in()).expect(200).body()
                .get("entered").asBoolean()).isFalse();

        // A local day off (e.g. a city's own festival) moves the deadlines counted over it.
        world.api.call("PUT", "/api/v1/calendar/days/2026-09-21", world.admin, world.in(),
                Map.of("kind", "HOLIDAY", "name", " 本市节庆 ")).expect(200);
        assertThat(plus("2026-09-18", 2)).isEqualTo("2026-09-22");
        assertThat(world.api.get("/api/v1/calendar/2026", world.admin, world.in()).body().get("workingDays").asInt())
                .isEqualTo(247);

        // Another city's calendar is untouched.
        try (OrderWorld other = new OrderWorld(world.api)) {
            assertThat(TenantContext.call(new TenantCode(other.city),
                    () -> calendar.plusWorkingDays(LocalDate.parse("2026-09-18"), 2))).isEqualTo("2026-09-21");
            assertThat(other.api.get("/api/v1/calendar/2026", other.admin, other.in()).body().get("workingDays")
                    .asInt()).isEqualTo(248);
        }

        world.api.call("DELETE", "/api/v1/calendar/days/2026-09-21", world.admin, world.in(), null).expect(204);
        assertThat(plus("2026-09-18", 2)).isEqualTo("2026-09-21");
    }

    @Test
    void badChangesAreRefusedAndNothingChanges() {
        // A make-up workday on a weekday makes no sense.
        world.api.call("PUT", "/api/v1/calendar/days/2026-09-22", world.admin, world.in(),
                Map.of("kind", "WORKDAY", "name", "调休")).expectProblem(400, "calendar-workday-not-weekend");
        world.api.call("PUT", "/api/v1/calendar/days/2026-09-22", world.admin, world.in(),
                Map.of("kind", "HOLIDAY", "name", "")).expectProblem(400, "invalid-request");
        world.api.call("PUT", "/api/v1/calendar/days/2026-13-01", world.admin, world.in(),
                Map.of("kind", "HOLIDAY", "name", "假")).expectProblem(400, "invalid-parameter");
        world.api.call("DELETE", "/api/v1/calendar/days/2026-09-22", world.admin, world.in(), null)
                .expectProblem(404, "calendar-day-not-found");
        world.api.get("/api/v1/calendar/1900", world.admin, world.in()).expectProblem(400, "invalid-parameter");
        // Station staff read the calendar but do not keep it; workers do neither.
        assertThat(world.api.call("PUT", "/api/v1/calendar/days/2026-09-22", world.staff(), world.in(),
                Map.of("kind", "HOLIDAY", "name", "假")).status()).isEqualTo(403);
        assertThat(world.api.get("/api/v1/calendar/2026", world.worker().token(), world.in()).status())
                .isEqualTo(403);
        assertThat(plus("2026-09-21", 1)).isEqualTo("2026-09-22");
    }
}
