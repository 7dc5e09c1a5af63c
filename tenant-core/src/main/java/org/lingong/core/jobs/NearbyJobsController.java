package org.lingong.core.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.lingong.common.nearby.NearbyArea;
import org.lingong.common.nearby.NearbyQuery;
import org.lingong.common.nearby.NearbyRequest;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.nearby.Circle;
import org.lingong.core.registry.JobCategoryCodes;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TravelSpeeds;
import org.lingong.core.tenancy.CurrentTenant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nearby-jobs API in PostgreSQL: what the gateway answers with when the search service is unreachable — the same
 * parameters ({@link NearbyRequest}, read by the same rules) and response as search's, marked {@code degraded}: text is
 * a plain substring match, relevance sorts by distance, no facets, no neighbouring cities' jobs. Public (no login),
 * within the city of the request.
 */
@RestController
@Tag(name = "nearby")
class NearbyJobsController {

    private final NearbyJobs jobs;
    private final TenantDirectory tenants;
    private final JobCategoryCodes categories;

    NearbyJobsController(NearbyJobs jobs, TenantDirectory tenants, JobCategoryCodes categories) {
        this.jobs = jobs;
        this.tenants = tenants;
        this.categories = categories;
    }

    record NearbyResult(boolean degraded, NearbyJobs.Point center, int radiusMeters, TravelMode mode, Integer minutes,
                        long total, int page, int size, List<NearbyJobs.Hit> hits, Map<String, Object> facets) {
    }

    @GetMapping("/api/v1/jobs/nearby")
    @Transactional(readOnly = true)
    @Operation(summary = "附近的岗位（降级：PostgreSQL；与搜索服务同参数同结构）/ "
            + "Open jobs nearby, from PostgreSQL when search is down (same parameters and shape, degraded=true)")
    NearbyResult nearby(@ParameterObject NearbyRequest request) {
        NearbyQuery query = request.check();
        TenantCode city = CurrentTenant.require();
        if (!query.categories().isEmpty()) {
            // The same list search has from the registry feed: both refuse the same codes.
            query.requireKnownCategories(categories.activeCodes(city));
        }
        TravelSpeeds speeds = tenants.speeds(city);
        NearbyArea area = query.area();
        Circle circle = new Circle(area.latitude(), area.longitude(), area.radius(speeds::metresPerMinute));
        NearbyJobs.Found found = jobs.find(circle, speeds.metresPerMinute(TravelMode.WALK),
                NearbyJobs.Filter.of(query), query.sort(), query.page(), query.size());
        return new NearbyResult(true, new NearbyJobs.Point(area.latitude(), area.longitude()), circle.radiusMeters(),
                area.mode(), area.minutes(), found.total(), query.page(), query.size(), found.hits(), null);
    }
}
