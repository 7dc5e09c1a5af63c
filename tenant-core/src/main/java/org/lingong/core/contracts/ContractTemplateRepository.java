package org.lingong.core.contracts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractTemplateRepository extends JpaRepository<ContractTemplate, Integer> {

    Optional<ContractTemplate> findFirstByOrderByVersionDesc();
}
