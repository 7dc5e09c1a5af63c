package org.lingong.core.network;

import org.lingong.core.jobs.OpenMarkets;
import org.lingong.core.problem.ApiException;
import org.springframework.http.HttpStatus;
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
            throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-market", carrierId);
        }
    }
}
