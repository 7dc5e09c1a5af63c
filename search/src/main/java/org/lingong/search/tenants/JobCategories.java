package org.lingong.search.tenants;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lingong.common.tenant.TenantCode;
import org.lingong.common.tenant.TrustedHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Each tenant's active job category codes, from tenant-core's {@code GET /api/v1/job-categories}, reused for the
 * configured time. Unknown while tenant-core cannot be reached (the caller then accepts any well-formed code); a failed
 * read is not repeated for {@link #RETRY_AFTER}, so an outage of tenant-core costs no call per query.
 */
@Component
public class JobCategories {

    private static final Logger log = LoggerFactory.getLogger(JobCategories.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private record Category(String code, boolean active) {
    }

    /** Codes known until {@code until}; {@code codes} is null after a failed read. */
    private record Cached(Set<String> codes, Instant until) {
    }

    private final RestClient tenantCore;
    private final TenantCoreProperties properties;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    JobCategories(@Qualifier("tenantCorePublic") RestClient tenantCore, TenantCoreProperties properties) {
        this.tenantCore = tenantCore;
        this.properties = properties;
    }

    /** The tenant's active category codes, or empty when tenant-core cannot say right now. */
    public Optional<Set<String>> activeCodes(TenantCode tenant) {
        Cached cached = cache.get(tenant.value());
        if (cached != null && Instant.now().isBefore(cached.until())) {
            return Optional.ofNullable(cached.codes());
        }
        try {
            List<Category> categories = tenantCore.get().uri("/api/v1/job-categories")
                    .header(TrustedHeaders.TENANT, tenant.value())
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<Category>>() { });
            Set<String> codes = categories == null ? Set.of() : categories.stream().filter(Category::active)
                    .map(Category::code).collect(Collectors.toUnmodifiableSet());
            cache.put(tenant.value(), new Cached(codes, Instant.now().plus(properties.categoriesTtl())));
            return Optional.of(codes);
        } catch (RuntimeException e) {
            log.warn("Cannot read the job categories of {} from tenant-core: {}", tenant.value(), e.toString());
            cache.put(tenant.value(), new Cached(null, Instant.now().plus(RETRY_AFTER)));
            return Optional.empty();
        }
    }
}
