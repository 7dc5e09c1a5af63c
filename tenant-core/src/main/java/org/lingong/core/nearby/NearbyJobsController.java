package org.lingong.core.nearby;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.jobs.SourceChannel;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TravelMode;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nearby-jobs API in PostgreSQL: what the gateway answers with when the search service is unreachable — the same
 * parameters and response as search's, marked {@code degraded}: text is a plain substring match, relevance sorts by
 * distance, no facets, no neighbouring cities' jobs. Public (no login), within the city of the request.
 */
@RestController
@Tag(name = "nearby")
class NearbyJobsController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NearbyJobs jobs;
    private final TenantDirectory tenants;

    NearbyJobsController(NearbyJobs jobs, TenantDirectory tenants) {
        this.jobs = jobs;
        this.tenants = tenants;
    }

    record NearbyResult(boolean degraded, NearbyJobs.Point center, int radiusMeters, TravelMode mode, Integer minutes,
                        long total, int page, int size, List<NearbyJobs.Hit> hits, Map<String, Object> facets) {
    }

    @GetMapping("/api/v1/jobs/nearby")
    @Transactional(readOnly = true)
    @Operation(summary = "附近的岗位（降级：PostgreSQL；与搜索服务同参数同结构）/ "
            + "Open jobs nearby, from PostgreSQL when search is down (same parameters and shape, degraded=true)")
    NearbyResult nearby(
            @Parameter(description = "纬度 WGS-84 / latitude") @RequestParam(required = false) String lat,
            @Parameter(description = "经度 WGS-84 / longitude") @RequestParam(required = false) String lon,
            @Parameter(description = "半径（米，100–50000），与 minutes 二选一") @RequestParam(required = false) String radiusMeters,
            @Parameter(description = "出行分钟数（1–120，默认 15）") @RequestParam(required = false) String minutes,
            @Parameter(description = "WALK（默认）/ BIKE / EBIKE / TRANSIT") @RequestParam(required = false) String mode,
            @Parameter(description = "工种代码，可重复") @RequestParam(required = false) List<String> category,
            @Parameter(description = "日薪下限（分）") @RequestParam(required = false) String minWagePerDayFen,
            @Parameter(description = "开工日期起（含，北京时间）") @RequestParam(required = false) String startsFrom,
            @Parameter(description = "开工日期止（含，北京时间）") @RequestParam(required = false) String startsTo,
            @Parameter(description = "SHORT / LONG") @RequestParam(required = false) String term,
            @Parameter(description = "仅重点群体岗位") @RequestParam(required = false) String priorityOnly,
            @Parameter(description = "来源渠道，可重复") @RequestParam(required = false) List<String> source,
            @Parameter(description = "关键词（≤ 50 字）") @RequestParam(required = false) String q,
            @Parameter(description = "DISTANCE（默认）/ WAGE / RECENT / RELEVANCE") @RequestParam(required = false) String sort,
            @Parameter(description = "页码，从 0 起，≤ 50") @RequestParam(required = false) String page,
            @Parameter(description = "每页 1–50，默认 20") @RequestParam(required = false) String size,
            @Parameter(description = "分面统计（降级时为 null）") @RequestParam(required = false) String facets,
            @Parameter(description = "含邻市岗位（降级时不含）") @RequestParam(required = false) String neighbours) {
        NearbyArea area = NearbyArea.of(lat, lon, radiusMeters, minutes, mode,
                tenants.speeds(CurrentTenant.require()));
        LocalDate from = Parameters.date("startsFrom", startsFrom);
        LocalDate to = Parameters.date("startsTo", startsTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw Parameters.invalid("startsTo", startsTo, "≥ startsFrom");
        }
        if (q != null && q.strip().length() > 50) {
            throw Parameters.invalid("q", q, "≤ 50");
        }
        List<String> categories = category == null ? List.of() : category.stream().distinct().toList();
        NearbyJobs.Filter filter = new NearbyJobs.Filter(categories,
                minWagePerDayFen == null ? null : Parameters.atLeastZero("minWagePerDayFen", minWagePerDayFen),
                from == null ? null : from.atStartOfDay(CHINA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant(),
                Parameters.choice("term", term, JobPosting.Term.class, null),
                Parameters.flag("priorityOnly", priorityOnly, false),
                Parameters.choices("source", source, SourceChannel.class),
                q == null || q.isBlank() ? null : q.strip());
        NearbyJobs.Sort order = Parameters.choice("sort", sort, NearbyJobs.Sort.class, NearbyJobs.Sort.DISTANCE);
        int pageNumber = Parameters.integer("page", page, 0, 50, 0);
        int pageSize = Parameters.integer("size", size, 1, 50, 20);
        Parameters.flag("facets", facets, false);
        Parameters.flag("neighbours", neighbours, true);
        jobs.requireKnownCategories(categories);
        NearbyJobs.Found found = jobs.find(area, filter, order, pageNumber, pageSize);
        Circle circle = area.circle();
        return new NearbyResult(true, new NearbyJobs.Point(circle.latitude(), circle.longitude()),
                circle.radiusMeters(), area.mode(), area.minutes(), found.total(), pageNumber, pageSize, found.hits(),
                null);
    }

}
