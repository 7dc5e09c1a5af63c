package org.lingong.core.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The city's working calendar: read by its staff, kept by its admin. */
@RestController
@Tag(name = "calendar", description = "工作日历（节假日与调休） The city's working calendar")
class CalendarController {

    /** Years the calendar answers for: deadlines reach a year or two ahead, records a few back. */
    private static final int FIRST_YEAR = 2020;
    private static final int LAST_YEAR = 2100;

    record DayChange(@NotNull(message = "{calendar.kind.required}") DayKind kind,
                     @NotBlank(message = "{calendar.name.required}")
                     @Size(max = WorkingCalendar.MAX_NAME, message = "{calendar.name.size}") String name) {
    }

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/calendar/{year}")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "某年的节假日与调休上班日，及工作日天数 A year's holidays and 调休 workdays; "
            + "entered=false while the year's holidays are not in")
    CalendarYear year(@PathVariable int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "year", year, FIRST_YEAR + "–" + LAST_YEAR);
        }
        return calendar.year(year);
    }

    @PutMapping("/api/v1/calendar/days/{date}")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "设为节假日或调休上班日（调休上班日须是周六或周日） Make a day a holiday or a 调休 workday "
            + "(a workday must be a Saturday or Sunday)")
    CalendarDay put(@PathVariable LocalDate date, @Valid @RequestBody DayChange change, Authentication admin) {
        return calendar.put(new CalendarDay(date, change.kind(), change.name().strip()), admin.getName());
    }

    @DeleteMapping("/api/v1/calendar/days/{date}")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "恢复为普通日（周一至周五上班） Make a day ordinary again")
    void remove(@PathVariable LocalDate date) {
        calendar.remove(date);
    }
}
