package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A market's check-in value changes every period; a photo of it works for at most two periods. */
class CheckInCodeTests {

    private static final Instant START = Instant.parse("2026-12-07T01:00:00Z");
    private final CheckInCode market = new CheckInCode(7, START);

    @Test
    void theValueHoldsForItsPeriodAndTheNextReplacesItAtTheBoundary() {
        CheckInCode.Current now = market.current(START.plusSeconds(5));

        assertThat(now.value()).matches("[0-9a-f]{12}");
        assertThat(market.current(START.plusSeconds(59)).value()).isEqualTo(now.value());
        assertThat(now.rotatesAt()).isEqualTo(START.plus(CheckInCode.PERIOD));
        assertThat(market.current(now.rotatesAt()).value()).isNotEqualTo(now.value());
    }

    @Test
    void aScannedValueIsAcceptedThroughTheNextPeriodAndNeverAfter() {
        String shown = market.current(START).value();

        assertThat(market.accepts(shown, START.plusSeconds(30))).isTrue();
        assertThat(market.accepts(" " + shown + " ", START.plusSeconds(90))).as("grace: the period after").isTrue();
        assertThat(market.accepts(shown, START.plusSeconds(120))).as("a photo two periods old").isFalse();
        assertThat(market.accepts(shown, START.minusSeconds(1))).as("not before it was shown").isFalse();
        assertThat(market.accepts(null, START)).isFalse();
        assertThat(market.accepts("", START)).isFalse();
    }

    @Test
    void eachMarketHasItsOwnValues() {
        CheckInCode other = new CheckInCode(7, START);

        assertThat(other.current(START).value()).isNotEqualTo(market.current(START).value());
        assertThat(other.accepts(market.current(START).value(), START)).isFalse();
    }
}
