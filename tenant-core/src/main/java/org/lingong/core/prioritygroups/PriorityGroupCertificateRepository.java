package org.lingong.core.prioritygroups;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lingong.core.people.PriorityGroup;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriorityGroupCertificateRepository extends JpaRepository<PriorityGroupCertificate, UUID> {

    @Query("""
            select count(c) > 0 from PriorityGroupCertificate c where c.workerId = :workerId
            and c.priorityGroup in :groups and c.revokedAt is null and c.validUntil >= :today""")
    boolean holdsAny(UUID workerId, Collection<PriorityGroup> groups, LocalDate today);

    @Query("""
            select c from PriorityGroupCertificate c where c.workerId = :workerId and c.priorityGroup = :group
            and c.revokedAt is null""")
    Optional<PriorityGroupCertificate> findUnrevoked(UUID workerId, PriorityGroup group);

    List<PriorityGroupCertificate> findByWorkerIdOrderByCertifiedAtDesc(UUID workerId);
}
