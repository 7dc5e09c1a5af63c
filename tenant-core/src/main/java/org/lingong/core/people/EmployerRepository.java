package org.lingong.core.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, UUID> {

    Optional<Employer> findByAccountId(String accountId);

    Optional<Employer> findByCreditCode(String creditCode);

    Page<Employer> findByStatus(VerificationStatus status, Pageable page);
}
