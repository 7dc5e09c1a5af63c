package org.lingong.core.network;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.jobs.OpenMarkets;
import org.springframework.stereotype.Component;

/** What other features ask of the network, e.g. before a job is posted at a market: is it an open market here? */
@Component
public class MarketCheck implements OpenMarkets {

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
}
