package org.lingong.core.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerAddressRepository extends JpaRepository<EmployerAddress, UUID> {

    List<EmployerAddress> findByEmployerIdOrderByCreatedAt(UUID employerId);

    Optional<EmployerAddress> findByIdAndEmployerId(UUID id, UUID employerId);

    long countByEmployerId(UUID employerId);
}
