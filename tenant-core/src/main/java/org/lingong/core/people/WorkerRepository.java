package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkerRepository extends JpaRepository<Worker, UUID> {

    Optional<Worker> findByAccountId(String accountId);

    Optional<Worker> findByIdNumberIndex(String idNumberIndex);

    Page<Worker> findByStatusNot(VerificationStatus status, Pageable page);
}
