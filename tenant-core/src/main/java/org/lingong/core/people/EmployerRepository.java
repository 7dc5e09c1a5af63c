package org.lingong.core.people;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EmployerRepository extends JpaRepository<Employer, UUID> {

    Optional<Employer> findByAccountId(String accountId);

    /** The account's employer, locked until the transaction ends: its saved addresses are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Employer e where e.accountId = ?1")
    Optional<Employer> lockByAccountId(String accountId);

    Optional<Employer> findByCreditCode(String creditCode);

    Page<Employer> findByStatus(VerificationStatus status, Pageable page);

    /**
     * Employers, optionally in one state, whose legal name contains the text (case-insensitive, taken literally: no
     * wildcards) — how staff find the employer they post for (代发布). Not by credit code: lists show it masked, and
     * an exact-match lookup would let anyone guess the hidden characters back.
     */
    @Query("""
            select e from Employer e where (:status is null or e.status = :status)
            and locate(lower(:text), lower(e.legalName)) > 0""")
    Page<Employer> search(VerificationStatus status, String text, Pageable page);
}
