package org.lingong.common.nearby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.common.problem.FieldError;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

class NearbyRequestTests {

    private static NearbyRequest request(Map<String, String> values) {
        return new NearbyRequest(values.getOrDefault("lat", "33.96"), values.getOrDefault("lon", "118.27"),
                values.get("radiusMeters"), values.get("minutes"), values.get("mode"),
                values.containsKey("category") ? List.of(values.get("category").split(",", -1)) : null,
                values.get("minWagePerDayFen"), values.get("startsFrom"), values.get("startsTo"), values.get("term"),
                values.get("priorityOnly"), values.containsKey("source") ? List.of(values.get("source").split(",")) : null,
                values.get("q"), values.get("sort"), values.get("page"), values.get("size"), values.get("facets"),
                values.get("neighbours"));
    }

    private static ProblemException refusal(Map<String, String> values) {
        try {
            request(values).check();
        } catch (ProblemException refused) {
            return refused;
        }
        throw new AssertionError("accepted " + values);
    }

    @Test
    void aBareQueryIsAFifteenMinuteWalkByDistanceOnTheFirstPage() {
        NearbyQuery query = request(Map.of()).check();
        assertThat(query.area()).isEqualTo(new NearbyArea(33.96, 118.27, null, 15, TravelMode.WALK));
        assertThat(query.area().radius(TravelMode::defaultMetresPerMinute)).isEqualTo(1125);
        assertThat(query.sort()).isEqualTo(NearbyQuery.Sort.DISTANCE);
        assertThat(List.of(query.page(), query.size())).containsExactly(0, 20);
        assertThat(query.neighbours()).isTrue();
        assertThat(query.facets()).isFalse();
    }

    @Test
    void choicesAndFlagsAreReadInAnyCaseAndBlanksAreAbsent() {
        NearbyQuery query = request(Map.of("mode", " ebike ", "minutes", "10", "sort", "wage", "term", "long",
                "priorityOnly", "TRUE", "source", "government,EMPLOYER,government", "category", ",porter, ,",
                "size", " ", "q", "  搬运 ")).check();
        assertThat(query.area().mode()).isEqualTo(TravelMode.EBIKE);
        assertThat(query.area().radius(mode -> 320)).isEqualTo(3200);
        assertThat(query.sort()).isEqualTo(NearbyQuery.Sort.WAGE);
        assertThat(query.term()).isEqualTo(NearbyQuery.Term.LONG);
        assertThat(query.priorityOnly()).isTrue();
        assertThat(query.sources()).containsExactly(NearbyQuery.Source.GOVERNMENT, NearbyQuery.Source.EMPLOYER);
        assertThat(query.categories()).containsExactly("porter");
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.text()).isEqualTo("搬运");
        assertThat(TravelMode.parse("Transit")).contains(TravelMode.TRANSIT);
        assertThat(TravelMode.parse("e-bike")).isEmpty();
    }

    @Test
    void startDaysAreTheInstantsBoundingTheShanghaiDays() {
        NearbyQuery query = request(Map.of("startsFrom", "2026-12-01", "startsTo", "2026-12-01")).check();
        assertThat(query.startsFrom()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(query.startsBefore()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lat=           | lat              | MISSING_PARAMETER",
        "lat=91         | lat              | INVALID_PARAMETER",
        "lon=NaN        | lon              | INVALID_PARAMETER",
        "radiusMeters=99 | radiusMeters    | INVALID_PARAMETER",
        "minutes=121    | minutes          | INVALID_PARAMETER",
        "mode=car       | mode             | INVALID_PARAMETER",
        "category=Porter! | category       | INVALID_PARAMETER",
        "minWagePerDayFen=-1 | minWagePerDayFen | INVALID_PARAMETER",
        "startsFrom=2026-13-01 | startsFrom | INVALID_PARAMETER",
        "term=MEDIUM    | term             | INVALID_PARAMETER",
        "priorityOnly=yes | priorityOnly   | INVALID_PARAMETER",
        "source=FRIENDS | source           | INVALID_PARAMETER",
        "sort=PRICE     | sort             | INVALID_PARAMETER",
        "page=51        | page             | INVALID_PARAMETER",
        "size=0         | size             | INVALID_PARAMETER",
        "facets=1       | facets           | INVALID_PARAMETER",
        "neighbours=no  | neighbours       | INVALID_PARAMETER"})
    void everyMistakeIsA400NamingItsParameter(String parameter, String field, ProblemType type) {
        String[] pair = parameter.split("=", 2);
        ProblemException refused = refusal(Map.of(pair[0], pair[1]));
        assertThat(refused.type()).isEqualTo(type);
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(refused.fieldErrors()).containsExactly(new FieldError(field, null));
    }

    @Test
    void aRadiusExcludesMinutesAndModeAndTextIsAtMostFiftyCharacters() {
        assertThat(refusal(Map.of("radiusMeters", "500", "minutes", "5")).type())
                .isEqualTo(ProblemType.CONFLICTING_PARAMETERS);
        assertThat(refusal(Map.of("radiusMeters", "500", "mode", "walk")).type())
                .isEqualTo(ProblemType.CONFLICTING_PARAMETERS);
        assertThat(request(Map.of("q", "工".repeat(50))).check().text()).hasSize(50);
        assertThat(refusal(Map.of("q", "工".repeat(51))).fieldErrors()).extracting(FieldError::field).containsExactly("q");
        assertThat(refusal(Map.of("startsFrom", "2026-12-02", "startsTo", "2026-12-01")).arguments())
                .containsExactly("startsTo", "2026-12-01", "≥ startsFrom 2026-12-02");
    }

    @Test
    void anUnknownCategoryIsRefusedListingTheValidOnesSorted() {
        NearbyQuery query = request(Map.of("category", "porter")).check();
        query.requireKnownCategories(List.of("porter", "cleaner"));
        assertThatThrownBy(() -> request(Map.of("category", "astronaut")).check()
                .requireKnownCategories(List.of("porter", "cleaner")))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.type()).isEqualTo(ProblemType.UNKNOWN_CATEGORY);
                    assertThat(refused.arguments()).containsExactly("astronaut", "cleaner, porter");
                    assertThat(refused.properties()).containsEntry("validCodes", List.of("cleaner", "porter"));
                });
    }
}
