package org.lingong.core.network;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Opening hours: intervals per weekday (local time, Asia/Shanghai), and dates that differ (holidays, closures). */
record OpeningHours(@NotNull(message = "{carrier.openingHours.weekly}") Map<DayOfWeek, List<@Valid Interval>> weekly,
                    List<@Valid DateException> exceptions) {

    record Interval(@NotNull(message = "{carrier.openingHours.time}") @JsonFormat(pattern = "HH:mm") LocalTime open,
                    @NotNull(message = "{carrier.openingHours.time}") @JsonFormat(pattern = "HH:mm") LocalTime close) {

        boolean ordered() {
            return open == null || close == null || open.isBefore(close);
        }
    }

    /** A date closed all day, or open at other hours than usual. */
    record DateException(@NotNull(message = "{carrier.openingHours.date}") LocalDate date, boolean closed,
                         List<@Valid Interval> hours, @Size(max = 100) String note) {
    }

    OpeningHours {
        weekly = weekly == null ? null : Map.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** The intervals open on a date: the date's exception if it has one (none when closed), else its weekday's. */
    List<Interval> on(LocalDate date) {
        return exceptions.stream().filter(e -> date.equals(e.date())).findFirst()
                .map(e -> e.closed() || e.hours() == null ? List.<Interval>of() : e.hours())
                .orElseGet(() -> weekly == null ? List.of() : weekly.getOrDefault(date.getDayOfWeek(), List.of()));
    }

    boolean consistent() {
        Stream<Interval> all = Stream.concat(
                weekly == null ? Stream.empty() : weekly.values().stream().flatMap(List::stream),
                exceptions.stream().flatMap(e -> e.hours() == null ? Stream.empty() : e.hours().stream()));
        return all.allMatch(Interval::ordered)
                && exceptions.stream().allMatch(e -> e.closed() || (e.hours() != null && !e.hours().isEmpty()));
    }
}
