package org.lingong.search.nearby;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.tenancy.TenantFilter;
import org.lingong.search.tenants.JobCategories;
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
    private final JobCategories categories;

    NearbyController(NearbySearch search, JobCategories categories) {
        this.search = search;
        this.categories = categories;
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
        requireKnown(tenant, query.categories());
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
        Circle circle = Circle.of(lat, lon, radiusMeters, minutes, mode);
        if (Parameters.absent(prefix)) {
            throw BadParameter.missing("prefix");
        }
        String typed = prefix.strip();
        if (typed.codePointCount(0, typed.length()) > 20) {
            throw BadParameter.invalid("prefix", typed, "≤ 20");
        }
        return search.suggest(tenant, circle, typed);
    }

    /** An unknown category is a 400 listing the valid ones; when tenant-core cannot tell, any well-formed code. */
    private void requireKnown(TenantCode tenant, List<String> asked) {
        if (asked.isEmpty()) {
            return;
        }
        Optional<Set<String>> known = categories.activeCodes(tenant);
        if (known.isEmpty()) {
            return;
        }
        for (String code : asked) {
            if (!known.get().contains(code)) {
                throw BadParameter.unknownCategory(code,
                        String.join(", ", known.get().stream().sorted().toList()));
            }
        }
    }
}
