package org.lingong.gateway.tenant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service until the registry was loaded once: before that the gateway cannot route any tenant. Afterwards it
 * stays up while tenant-core is away — the last registry serves — and shows when it was last confirmed.
 */
@Component
class TenantRegistryHealthIndicator implements HealthIndicator {

    private final TenantRegistry registry;

    TenantRegistryHealthIndicator(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        return registry.snapshot()
                .map(snapshot -> Health.up()
                        .withDetail("loaded", true)
                        .withDetail("version", snapshot.version())
                        .withDetail("tenants", snapshot.byCode().size())
                        .withDetail("confirmedAt", registry.confirmedAt().map(Object::toString).orElse("")))
                .orElseGet(() -> Health.outOfService().withDetail("loaded", false))
                .build();
    }
}
