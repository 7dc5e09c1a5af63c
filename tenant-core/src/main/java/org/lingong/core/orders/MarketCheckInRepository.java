package org.lingong.core.orders;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MarketCheckInRepository extends JpaRepository<MarketCheckIn, UUID> {

    Optional<MarketCheckIn> findByWorkerIdAndEndedAtIsNull(UUID workerId);

    List<MarketCheckIn> findByMarketIdAndEndedAtIsNullOrderByCheckedInAtAsc(long marketId);
}
