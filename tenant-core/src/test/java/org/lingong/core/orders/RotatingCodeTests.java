package org.lingong.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A check-in value changes every period; a photo of it works for at most two periods. */
class RotatingCodeTests {

    private static final Instant START = Instant.parse("2026-12-07T01:00:00Z");
    private final RotatingCode market = new RotatingCode(RotatingCode.newSecret(), "7");

    @Test
    void theValueHoldsForItsPeriodAndTheNextReplacesItAtTheBoundary() {
        RotatingCode.Current now = market.current(START.plusSeconds(5));

        assertThat(now.value()).matches("\\d{8}");
        assertThat(market.current(START.plusSeconds(59)).value()).isEqualTo(now.value());
        assertThat(now.rotatesAt()).isEqualTo(START.plus(RotatingCode.PERIOD));
        assertThat(market.current(now.rotatesAt()).value()).isNotEqualTo(now.value());
    }

    @Test
    void aReadValueIsAcceptedThroughTheNextPeriodAndNeverAfter() {
        String shown = market.current(START).value();

        assertThat(market.accepts(shown, START.plusSeconds(30))).isTrue();
        assertThat(market.accepts(" " + shown + " ", START.plusSeconds(90))).as("grace: the period after").isTrue();
        assertThat(market.accepts(shown, START.plusSeconds(120))).as("a photo two periods old").isFalse();
        assertThat(market.accepts(shown, START.minusSeconds(1))).as("not before it was shown").isFalse();
        assertThat(market.accepts(null, START)).isFalse();
        assertThat(market.accepts("", START)).isFalse();
    }

    @Test
    void eachSecretAndEachSubjectHasItsOwnValues() {
        String secret = RotatingCode.newSecret();
        RotatingCode one = new RotatingCode(secret, "7");
        RotatingCode other = new RotatingCode(RotatingCode.newSecret(), "7");
        RotatingCode anotherSubject = new RotatingCode(secret, "8");

        assertThat(other.current(START).value()).isNotEqualTo(one.current(START).value());
        assertThat(other.accepts(one.current(START).value(), START)).isFalse();
        assertThat(anotherSubject.accepts(one.current(START).value(), START)).isFalse();
    }
}
