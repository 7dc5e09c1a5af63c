package org.lingong.core.settlement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

    Optional<Payment> findByIdAndOrderId(UUID id, UUID orderId);

    List<Payment> findByOrderIdOrderByRecordedAtAsc(UUID orderId);

    boolean existsByOrderIdAndStatus(UUID orderId, PaymentStatus status);

    boolean existsByMethodAndReference(PaymentMethod method, String reference);

    List<Payment> findByWorkerIdOrderByPaidAtDesc(UUID workerId, Pageable page);
}
