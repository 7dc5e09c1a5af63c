package org.lingong.core.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lingong.common.i18n.China;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days in the current city: Monday to Friday, less its holidays, plus its 调休 weekend workdays.
 *
 * <p>A period of N working days follows Chinese administrative practice: the day it starts on does not count, and it
 * ends at midnight (China's time) after the N-th working day.
 */
@Service
public class WorkingCalendar {

    /** Days read per query: enough for any deadline of a month of working days across the Spring Festival. */
    private static final int WINDOW_DAYS = 120;
    static final int MAX_NAME = 20;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    WorkingCalendar(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether people work on this day in the current city. */
    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return working(day, differences(day, day));
    }

    /** The N-th working day after {@code start} (the start itself does not count); N ≥ 1. */
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("at least one working day: " + workingDays);
        }
        LocalDate day = start;
        int left = workingDays;
        while (true) {
            LocalDate from = day.plusDays(1);
            Map<LocalDate, DayKind> window = differences(from, from.plusDays(WINDOW_DAYS - 1));
            for (int i = 0; i < WINDOW_DAYS; i++) {
                day = from.plusDays(i);
                if (working(day, window) && --left == 0) {
                    return day;
                }
            }
        }
    }

    /** When a period of N working days begun at {@code from} ends: midnight after its last working day. */
    @Transactional(readOnly = true)
    public Instant deadline(Instant from, int workingDays) {
        return plusWorkingDays(from.atZone(China.ZONE).toLocalDate(), workingDays).plusDays(1)
                .atStartOfDay(China.ZONE).toInstant();
    }

    /** The year's differing days in order, whether it has been entered, and how many working days it has. */
    @Transactional(readOnly = true)
    public CalendarYear year(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<CalendarDay> days = jdbc.sql("select day, kind, name from calendar_day where day between ? and ? "
                        + "order by day")
                .params(first, last)
                .query((rs, row) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
        Map<LocalDate, DayKind> kinds = days.stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
        int working = (int) first.datesUntil(last.plusDays(1)).filter(day -> working(day, kinds)).count();
        return new CalendarYear(year, days.stream().anyMatch(day -> day.kind() == DayKind.HOLIDAY), working, days);
    }

    /** Sets how a day differs; a 调休 workday must fall on a weekend, where it is the only thing that can differ. */
    @Transactional
    CalendarDay put(CalendarDay day, String by) {
        if (day.kind() == DayKind.WORKDAY && !weekend(day.date())) {
            throw new ProblemException(ProblemType.CALENDAR_WORKDAY_NOT_WEEKEND, day.date());
        }
        jdbc.sql("insert into calendar_day (day, kind, name, updated_by, updated_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (day) do update set kind = excluded.kind, name = excluded.name, "
                        + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .params(day.date(), day.kind().name(), day.name(), by, Timestamp.from(clock.instant()))
                .update();
        audit.record("calendar.day-set", day.date().toString(), "kind=" + day.kind() + " name=" + day.name());
        return day;
    }

    /** Makes a day an ordinary one again. */
    @Transactional
    void remove(LocalDate date) {
        if (jdbc.sql("delete from calendar_day where day = ?").param(date).update() == 0) {
            throw new ProblemException(ProblemType.CALENDAR_DAY_NOT_FOUND, date);
        }
        audit.record("calendar.day-removed", date.toString(), null);
    }

    private Map<LocalDate, DayKind> differences(LocalDate first, LocalDate last) {
        return jdbc.sql("select day, kind from calendar_day where day between ? and ?")
                .params(first, last)
                .query((rs, row) -> Map.entry(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean working(LocalDate day, Map<LocalDate, DayKind> differences) {
        DayKind kind = differences.get(day);
        return kind == null ? !weekend(day) : kind == DayKind.WORKDAY;
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
