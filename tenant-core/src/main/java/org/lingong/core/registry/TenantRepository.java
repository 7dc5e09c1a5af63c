package org.lingong.core.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRepository extends JpaRepository<Tenant, String> {

    List<Tenant> findByStatusInOrderByCode(List<TenantStatus> statuses);

    default Optional<Tenant> findActiveOrSuspended(String code) {
        return findById(code).filter(t -> t.status() == TenantStatus.ACTIVE || t.status() == TenantStatus.SUSPENDED);
    }
}
