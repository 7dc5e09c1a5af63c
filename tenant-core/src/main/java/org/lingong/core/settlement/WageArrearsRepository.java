package org.lingong.core.settlement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WageArrearsRepository extends JpaRepository<WageArrears, UUID> {

    Optional<WageArrears> findByOrderIdAndStatus(UUID orderId, ArrearsStatus status);

    boolean existsByOrderId(UUID orderId);

    List<WageArrears> findByOrderIdOrderByReportedAtAsc(UUID orderId);

    Page<WageArrears> findByStatus(ArrearsStatus status, Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from WageArrears a where a.id = ?1")
    Optional<WageArrears> lockById(UUID id);
}
