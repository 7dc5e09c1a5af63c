package org.lingong.admin.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lingong.common.nearby.TravelMode;
import org.springframework.web.util.DefaultUriBuilderFactory;

class NearbyQueryTests {

    private static final DefaultUriBuilderFactory URIS = new DefaultUriBuilderFactory("http://gateway");

    @Test
    void aPlainSearchSendsOnlyThePlaceTheCircleTheSortAndThePageSize() {
        NearbyQuery query = NearbyQuery.at(33.962, 118.279);

        assertThat(URIS.expand(query.uri(), query.variables("suqian")).toString()).isEqualTo(
                "http://gateway/t/suqian/api/v1/jobs/nearby?lat=33.962&lon=118.279&mode=WALK&minutes=15&sort=DISTANCE"
                        + "&size=50");
    }

    @Test
    void filtersTravelAsTheApiNamesThemWithTheWageFloorInFenAndTextEncodedOnce() {
        NearbyQuery query = NearbyQuery.at(33.962, 118.279)
                .with(TravelMode.EBIKE, 20)
                .filtered("domestic", 150, NearbyQuery.Term.SHORT, LocalDate.of(2026, 11, 25), true)
                .matching("  保洁 & 钟点工 ")
                .sortedBy(NearbyQuery.Sort.WAGE);

        assertThat(URIS.expand(query.uri(), query.variables("suqian")).toString()).isEqualTo(
                "http://gateway/t/suqian/api/v1/jobs/nearby?lat=33.962&lon=118.279&mode=EBIKE&minutes=20"
                        + "&category=domestic&minWagePerDayFen=15000&term=SHORT&startsFrom=2026-11-25&priorityOnly=true"
                        + "&q=%E4%BF%9D%E6%B4%81%20%26%20%E9%92%9F%E7%82%B9%E5%B7%A5&sort=WAGE&size=50");
    }

    @Test
    void movingKeepsTheFilters() {
        NearbyQuery query = NearbyQuery.at(33.962, 118.279).matching("木工").movedTo(34.1, 118.7);

        assertThat(query.latitude()).isEqualTo(34.1);
        assertThat(query.text()).isEqualTo("木工");
    }
}
