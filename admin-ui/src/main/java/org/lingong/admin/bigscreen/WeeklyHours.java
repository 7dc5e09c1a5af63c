package org.lingong.admin.bigscreen;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lingong.admin.nearby.CityDirectory.Interval;
import org.lingong.admin.nearby.CityDirectory.OpeningHours;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Opening hours short enough for one line of a hall screen: days with the same hours in a row are joined, e.g.
 * 每天 05:30-11:30, or 周一至周五 08:30-12:00,14:00-17:30 · 周六 08:30-12:00.
 */
final class WeeklyHours {

    private WeeklyHours() {
    }

    /** Empty when the market gives no hours. */
    static String of(OpeningHours hours, Locale language) {
        List<List<DayOfWeek>> runs = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Interval> intervals = hours.weekly().getOrDefault(day, List.of());
            if (intervals.isEmpty()) {
                continue;
            }
            List<DayOfWeek> last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && last.getLast() == day.minus(1) && same(hours, last.getLast(), day)) {
                last.add(day);
            } else {
                runs.add(new ArrayList<>(List.of(day)));
            }
        }
        return runs.stream().map(run -> days(run, language) + " " + hours.weekly().get(run.getFirst()).stream()
                        .map(interval -> interval.open() + "-" + interval.close()).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" · "));
    }

    private static boolean same(OpeningHours hours, DayOfWeek one, DayOfWeek other) {
        return hours.weekly().get(one).equals(hours.weekly().get(other));
    }

    private static String days(List<DayOfWeek> run, Locale language) {
        if (run.size() == DayOfWeek.values().length) {
            return I18NProvider.translate("screen.days.all");
        }
        String first = run.getFirst().getDisplayName(TextStyle.SHORT, language);
        return run.size() == 1 ? first : I18NProvider.translate("screen.days.range", first,
                run.getLast().getDisplayName(TextStyle.SHORT, language));
    }
}
