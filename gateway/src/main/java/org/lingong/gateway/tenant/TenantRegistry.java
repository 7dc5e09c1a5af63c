package org.lingong.gateway.tenant;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lingong.common.tenant.TenantCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gateway's copy of tenant-core's routing registry. Requests read an immutable snapshot; the poller swaps in a
 * new one when tenant-core reports a change, so a request never waits for tenant-core.
 */
@Component
class TenantRegistry {

    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);

    /**
     * @param etag     tenant-core's ETag for this version, sent back as If-None-Match
     * @param byDomain custom domains (lower case) to their tenant
     */
    record Snapshot(String version, String etag, Map<String, RegisteredTenant> byCode,
            Map<String, RegisteredTenant> byDomain) {
    }

    private volatile Snapshot snapshot;
    private volatile Instant confirmedAt;

    /** Empty until the first successful load. */
    Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    void replace(String version, String etag, List<RegisteredTenant> tenants) {
        Map<String, RegisteredTenant> byCode = new HashMap<>();
        Map<String, RegisteredTenant> byDomain = new HashMap<>();
        for (RegisteredTenant tenant : tenants) {
            if (!TenantCode.isValid(tenant.code()) || !tenant.routable()) {
                log.warn("Skipping registry entry with code {} and status {}", tenant.code(), tenant.status());
                continue;
            }
            byCode.put(tenant.code(), tenant);
            tenant.domainsOrEmpty().forEach(domain -> byDomain.put(domain.toLowerCase(Locale.ROOT), tenant));
        }
        Snapshot previous = snapshot;
        snapshot = new Snapshot(version, etag, Map.copyOf(byCode), Map.copyOf(byDomain));
        confirmedAt = Instant.now();
        log.info("Tenant registry version {} loaded: {} tenants (was {})", version, byCode.size(),
                previous == null ? "empty" : previous.version());
    }

    /** tenant-core answered 304: the snapshot is still current. */
    void confirmUnchanged() {
        confirmedAt = Instant.now();
    }
}
