package org.lingong.core.registry;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, String> {

    /** With their domains in the same query: the routing document lists every city's domains. */
    @EntityGraph(attributePaths = "domains")
    List<Tenant> findByStatusInOrderByCode(List<TenantStatus> statuses);
}
