package org.lingong.core.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cover spans an order only without gaps, however many enrolments make it up. */
class CoverageTests {

    private static final Instant START = Instant.parse("2026-11-23T15:00:00Z");
    private static final Instant END = Instant.parse("2026-11-23T17:00:00Z");

    private static Enrolment cover(String from, String to) {
        return new Enrolment(null, UUID.randomUUID(), null, new Enrolment.Policy(InsuranceType.ACCIDENT, "保险公司",
                "P123456", 0, PremiumPayer.GOVERNMENT), Instant.parse(from), Instant.parse(to), "staff", START);
    }

    @Test
    void oneEnrolmentAroundTheOrderSpansIt() {
        assertThat(Coverage.spans(List.of(cover("2026-11-23T14:00:00Z", "2026-11-23T17:00:00Z")), START, END)).isTrue();
    }

    @Test
    void twoDaysMeetingAtBeijingMidnightSpanAnOrderOverIt() {
        assertThat(Coverage.spans(List.of(cover("2026-11-22T16:00:00Z", "2026-11-23T16:00:00Z"),
                cover("2026-11-23T16:00:00Z", "2026-11-24T16:00:00Z")), START, END)).isTrue();
    }

    @Test
    void aGapOrAShortEndLeavesTheOrderUncovered() {
        assertThat(Coverage.spans(List.of(), START, END)).isFalse();
        assertThat(Coverage.spans(List.of(cover("2026-11-23T15:30:00Z", "2026-11-23T18:00:00Z")), START, END)).isFalse();
        assertThat(Coverage.spans(List.of(cover("2026-11-23T14:00:00Z", "2026-11-23T16:00:00Z"),
                cover("2026-11-23T16:01:00Z", "2026-11-23T18:00:00Z")), START, END)).isFalse();
        assertThat(Coverage.spans(List.of(cover("2026-11-23T14:00:00Z", "2026-11-23T16:59:00Z")), START, END)).isFalse();
    }
}
