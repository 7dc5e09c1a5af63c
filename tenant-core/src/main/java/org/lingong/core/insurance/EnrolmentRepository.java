package org.lingong.core.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, UUID> {

    boolean existsByOrderIdAndType(UUID orderId, InsuranceType type);

    boolean existsByWorkerIdAndCoverDateAndType(UUID workerId, LocalDate coverDate, InsuranceType type);

    /** The order's own enrolments and the worker's day covers that overlap [start, end), earliest first. */
    @Query("select e from Enrolment e where (e.orderId = ?1 or (e.orderId is null and e.workerId = ?2)) "
            + "and e.coverageStart < ?4 and e.coverageEnd > ?3 order by e.coverageStart")
    List<Enrolment> overlapping(UUID orderId, UUID workerId, Instant start, Instant end);
}
