package org.lingong.admin.worker;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lingong.common.nearby.TravelMode;

/**
 * One search of the worker page as {@code GET /api/v1/jobs/nearby} takes it: empty filters are left out, the wage
 * floor is given in yuan per day and sent in fen.
 */
record NearbyQuery(double latitude, double longitude, TravelMode mode, int minutes, String category,
                   Integer minWageYuanPerDay, Term term, LocalDate startsFrom, boolean priorityOnly, String text,
                   Sort sort) implements Serializable {

    enum Term { SHORT, LONG }

    enum Sort { DISTANCE, WAGE, RECENT, RELEVANCE }

    /** Enough for a phone's scrolling list; the summary says how many there are in all. */
    static final int PAGE_SIZE = 50;

    static NearbyQuery at(double latitude, double longitude) {
        return new NearbyQuery(latitude, longitude, TravelMode.WALK, 15, null, null, null, null, false, null,
                Sort.DISTANCE);
    }

    /** The request's parameters, in order; each value travels as a URI variable, so text is encoded once. */
    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("lat", latitude);
        parameters.put("lon", longitude);
        parameters.put("mode", mode);
        parameters.put("minutes", minutes);
        parameters.put("category", category);
        parameters.put("minWagePerDayFen", minWageYuanPerDay == null ? null : minWageYuanPerDay * 100L);
        parameters.put("term", term);
        parameters.put("startsFrom", startsFrom);
        parameters.put("priorityOnly", priorityOnly ? true : null);
        parameters.put("q", text == null || text.isBlank() ? null : text.strip());
        parameters.put("sort", sort);
        parameters.put("size", PAGE_SIZE);
        parameters.values().removeIf(value -> value == null);
        return parameters;
    }

    /** E.g. {@code /t/{city}/api/v1/jobs/nearby?lat={lat}&lon={lon}&…}. */
    String uri() {
        return "/t/{city}/api/v1/jobs/nearby?" + parameters().keySet().stream()
                .map(name -> name + "={" + name + "}").collect(Collectors.joining("&"));
    }

    Object[] variables(String city) {
        List<Object> values = new ArrayList<>();
        values.add(city);
        values.addAll(parameters().values());
        return values.toArray();
    }

    NearbyQuery movedTo(double newLatitude, double newLongitude) {
        return new NearbyQuery(newLatitude, newLongitude, mode, minutes, category, minWageYuanPerDay, term, startsFrom,
                priorityOnly, text, sort);
    }

    NearbyQuery with(TravelMode newMode, int newMinutes) {
        return new NearbyQuery(latitude, longitude, newMode, newMinutes, category, minWageYuanPerDay, term, startsFrom,
                priorityOnly, text, sort);
    }

    NearbyQuery filtered(String newCategory, Integer newMinWage, Term newTerm, LocalDate newStartsFrom,
                         boolean newPriorityOnly) {
        return new NearbyQuery(latitude, longitude, mode, minutes, newCategory, newMinWage, newTerm, newStartsFrom,
                newPriorityOnly, text, sort);
    }

    NearbyQuery matching(String newText) {
        return new NearbyQuery(latitude, longitude, mode, minutes, category, minWageYuanPerDay, term, startsFrom,
                priorityOnly, newText, sort);
    }

    NearbyQuery sortedBy(Sort newSort) {
        return new NearbyQuery(latitude, longitude, mode, minutes, category, minWageYuanPerDay, term, startsFrom,
                priorityOnly, text, newSort);
    }
}
