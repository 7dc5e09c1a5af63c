package org.lingong.core.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.jobs.OpenMarkets;
import org.lingong.common.i18n.China;
import org.springframework.stereotype.Component;

/** What other features ask of the network, e.g. before a job is posted at a market: is it an open market here? */
@Component
public class MarketCheck implements OpenMarkets {

    private static final ZoneId CHINA = China.ZONE;

    private final Carriers carriers;

    MarketCheck(Carriers carriers) {
        this.carriers = carriers;
    }

    /** Passes for an OPEN market of the current city; otherwise 400 {@code unknown-market}. */
    @Override
    public void requireOpenMarket(long carrierId) {
        boolean open = carriers.find(carrierId)
                .map(Carriers.Stored::data)
                .filter(c -> c.kind() == CarrierKind.MARKET && c.status() == CarrierStatus.OPEN)
                .isPresent();
        if (!open) {
            throw new ProblemException(ProblemType.UNKNOWN_MARKET, carrierId);
        }
    }

    @Override
    public UnaryOperator<Instant> closing(long carrierId) {
        Optional<OpeningHours> hours = carriers.find(carrierId).map(stored -> stored.data().openingHours());
        return at -> {
            ZonedDateTime local = at.atZone(CHINA);
            LocalTime arrival = local.toLocalTime();
            LocalDate day = local.toLocalDate();
            Instant endOfDay = day.plusDays(1).atStartOfDay(CHINA).toInstant();
            return hours.map(opening -> opening.on(day))
                    .flatMap(intervals -> intervals.stream()
                            .filter(interval -> interval.close().isAfter(arrival))
                            .min(Comparator.comparing(OpeningHours.Interval::close))
                            .map(interval -> day.atTime(interval.close()).atZone(CHINA).toInstant()))
                    .orElse(endOfDay);
        };
    }
}
