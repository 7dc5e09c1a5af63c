package org.lingong.core.contracts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractSignatureRepository extends JpaRepository<ContractSignature, ContractSignature.Key> {

    List<ContractSignature> findByContractIdOrderByRole(UUID contractId);

    @Query(value = """
            select s.* from contract_signature s where not exists (select 1 from contract_chain c
                where c.kind = 'SIGNATURE' and c.contract_id = s.contract_id and c.role = s.role)
            order by s.signed_at""", nativeQuery = true)
    List<ContractSignature> findUnchained();
}
