package org.lingong.core.contracts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractRepository extends JpaRepository<Contract, UUID> {

    Optional<Contract> findByOrderId(UUID orderId);

    @Query(value = """
            select k.* from contract k where k.status = 'SIGNED' and not exists (select 1 from contract_chain c
                where c.kind = 'CONTRACT_SIGNED' and c.contract_id = k.id)
            order by k.signed_at""", nativeQuery = true)
    List<Contract> findSignedUnchained();
}
