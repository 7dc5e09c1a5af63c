package org.lingong.search.nearby;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lingong.common.nearby.NearbyArea;
import org.lingong.common.nearby.NearbyQuery;
import org.lingong.common.nearby.NearbyRequest;
import org.lingong.common.nearby.QueryParameters;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.tenancy.TenantFilter;
import org.lingong.search.tenants.TenantDirectory;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public: anyone may look for work near a place, in the city of the request (no login needed). */
@RestController
@Tag(name = "search")
class NearbyController {

    private final NearbySearch search;
    private final TenantDirectory tenants;

    NearbyController(NearbySearch search, TenantDirectory tenants) {
        this.search = search;
        this.tenants = tenants;
    }

    @GetMapping("/api/v1/jobs/nearby")
    @SecurityRequirements
    @Operation(operationId = "nearbyJobs", summary = "附近的零工 / Open jobs near a point",
            description = "Radius from radiusMeters, or from minutes × the tenant's speed for mode (default 15 "
                    + "minutes' walk). Only open jobs with free slots that have not expired. Near a border, the "
                    + "shared jobs of neighbouring tenants of the same province too, each hit naming its tenant. "
                    + "Every bad parameter is a 400 problem naming it.")
    NearbyJobs nearby(@RequestAttribute(TenantFilter.TENANT) TenantCode tenant,
            @ParameterObject NearbyRequest request) {
        NearbyQuery query = request.check();
        List<String> known = tenants.settingsOf(tenant).jobCategories();
        if (known != null) {
            query.requireKnownCategories(known);
        }
        return search.search(tenant, query);
    }

    @GetMapping("/api/v1/jobs/nearby/suggest")
    @SecurityRequirements
    @Operation(operationId = "suggestNearbyTitles", summary = "职位联想 / Typeahead on open job titles nearby")
    Suggestions suggest(@RequestAttribute(TenantFilter.TENANT) TenantCode tenant,
            @Parameter(description = "Latitude (WGS-84), 3.8–53.6") @RequestParam(required = false) @Nullable String lat,
            @Parameter(description = "Longitude (WGS-84), 73.5–135.1") @RequestParam(required = false)
            @Nullable String lon,
            @Parameter(description = "What the user typed, 1–20 characters") @RequestParam(required = false)
            @Nullable String prefix,
            @Parameter(description = "Radius in metres, 100–50000") @RequestParam(required = false)
            @Nullable String radiusMeters,
            @Parameter(description = "Minutes of travel, 1–120 (default 15)") @RequestParam(required = false)
            @Nullable String minutes,
            @Parameter(description = "WALK (default), BIKE, EBIKE or TRANSIT") @RequestParam(required = false)
            @Nullable String mode) {
        NearbyArea area = NearbyArea.of(lat, lon, radiusMeters, minutes, mode);
        String typed = QueryParameters.text("prefix", prefix, 20);
        if (typed == null) {
            throw QueryParameters.missing("prefix");
        }
        return search.suggest(tenant, area, typed);
    }
}
