package org.lingong.core.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.tenant.RegistryFeed;
import org.lingong.core.identity.Revocations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the gateway needs to route — every routable tenant with its province, status, domains and rate limit (the
 * city's ceiling) — and what search needs: whether the tenant shares its jobs with neighbours of its province, its
 * travel speeds and its active job categories. With them, the accounts disabled within the last minutes, whose tokens
 * the gateway refuses from then on. They poll it every few seconds with {@code If-None-Match}; an unchanged registry
 * costs two queries (the categories are kept in memory) and a 304. A gateway replica names itself on its poll, and
 * every answer says how many gateway replicas are alive ({@link RegistryFeed}).
 */
@RestController
class TenantRoutesController {

    private final TenantRepository tenants;
    private final JobCategoryCodes categories;
    private final GatewayReplicas gateways;
    private final Revocations revocations;

    TenantRoutesController(TenantRepository tenants, JobCategoryCodes categories, GatewayReplicas gateways,
                           Revocations revocations) {
        this.tenants = tenants;
        this.categories = categories;
        this.gateways = gateways;
        this.revocations = revocations;
    }

    record TenantRoute(String code, String province, TenantStatus status, List<String> domains, int rateLimitPerSecond,
                       boolean sharesJobsWithNeighbours, Map<TravelMode, Integer> travelSpeeds,
                       List<String> jobCategories) {
    }

    record TenantRoutes(String version, List<TenantRoute> tenants, List<Revocations.Revocation> revoked) {
    }

    @GetMapping(RegistryFeed.PATH)
    ResponseEntity<TenantRoutes> routes(@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(name = RegistryFeed.GATEWAY_INSTANCE, required = false) String gateway) {
        String replicas = Integer.toString(gateway == null ? gateways.alive() : gateways.polled(gateway));
        List<TenantRoute> routes = tenants.findByStatusInOrderByCode(List.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED))
                .stream()
                .map(t -> new TenantRoute(t.code().value(), t.provinceCode(), t.status(),
                        t.domains().stream().sorted().toList(), t.rateLimitPerSecond(), t.sharesJobsWithNeighbours(),
                        t.travelSpeeds().asMap(), categories.activeCodes(t.code())))
                .toList();
        List<Revocations.Revocation> revoked = revocations.recent();
        String version = fingerprint(routes + "|" + revoked);
        String etag = "\"" + version + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(etag).header(RegistryFeed.GATEWAY_REPLICAS, replicas).build();
        }
        return ResponseEntity.ok().eTag(etag).header(RegistryFeed.GATEWAY_REPLICAS, replicas)
                .body(new TenantRoutes(version, routes, revoked));
    }

    private static String fingerprint(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
