package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkerRepository extends JpaRepository<Worker, UUID> {

    Optional<Worker> findByAccountId(String accountId);

    Optional<Worker> findByIdNumberIndex(String idNumberIndex);

    Page<Worker> findByStatusNot(VerificationStatus status, Pageable page);

    Page<Worker> findByStatus(VerificationStatus status, Pageable page);

    /** A row lock without loading the profile (its sealed fields are of no use to the lock's holder). */
    @Query(value = "select id from worker where id = ?1 for update", nativeQuery = true)
    UUID lock(UUID workerId);
}
