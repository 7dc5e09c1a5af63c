package org.lingong.core.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MarketCheckInRepository extends JpaRepository<MarketCheckIn, UUID> {

    Optional<MarketCheckIn> findByWorkerIdAndEndedAtIsNull(UUID workerId);

    List<MarketCheckIn> findByMarketIdAndEndedAtIsNullOrderByCheckedInAtAsc(long marketId);

    /** The waits still open, locked (others' sweeps skip them). */
    @Query(value = "select * from market_check_in where ended_at is null and checked_in_at <= ?1 "
            + "for update skip locked", nativeQuery = true)
    List<MarketCheckIn> lockWaitingSince(Instant now);
}
