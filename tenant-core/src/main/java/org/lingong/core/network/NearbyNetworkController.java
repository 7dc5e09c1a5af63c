package org.lingong.core.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.lingong.common.nearby.NearbyArea;
import org.lingong.common.nearby.NearbyQuery;
import org.lingong.common.nearby.QueryParameters;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.jobs.NearbyJobs;
import org.lingong.core.nearby.Circle;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.registry.TravelSpeeds;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network near a person (markets, stations … in walking or riding distance) and the open jobs near one market,
 * for its information screen — both public, in the nearby API's style.
 */
@RestController
@Tag(name = "nearby")
class NearbyNetworkController {

    private static final int MARKET_RADIUS_METERS = 3000;

    private final Carriers carriers;
    private final NearbyJobs jobs;
    private final TenantDirectory tenants;
    private final MessageSource messages;

    NearbyNetworkController(Carriers carriers, NearbyJobs jobs, TenantDirectory tenants, MessageSource messages) {
        this.carriers = carriers;
        this.jobs = jobs;
        this.tenants = tenants;
        this.messages = messages;
    }

    record CarrierHit(long id, CarrierKind kind, String kindName, String name, String address,
                      NearbyJobs.Point location, String hotline, long distanceMeters, int walkingMinutes) {
    }

    record NearbyCarriers(NearbyJobs.Point center, int radiusMeters, TravelMode mode, Integer minutes, long total,
                          int page, int size, List<CarrierHit> hits) {
    }

    record MarketJobs(long marketId, String marketName, NearbyJobs.Point center, int radiusMeters, long total,
                      int size, List<NearbyJobs.Hit> hits) {
    }

    @GetMapping("/api/v1/network/nearby")
    @Operation(summary = "附近的零工市场、驿站等（按距离）/ Open carriers nearby, nearest first")
    NearbyCarriers nearby(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
                          @Parameter(description = "半径（米，100–50000），与 minutes 二选一")
                          @RequestParam(required = false) String radiusMeters,
                          @Parameter(description = "出行分钟数（1–120，默认 15）")
                          @RequestParam(required = false) String minutes,
                          @Parameter(description = "WALK（默认）/ BIKE / EBIKE / TRANSIT")
                          @RequestParam(required = false) String mode,
                          @Parameter(description = "MARKET / STATION / WINDOW / CO_BUILT，可重复")
                          @RequestParam(required = false) List<String> kind,
                          @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                          Locale locale) {
        NearbyArea area = NearbyArea.of(lat, lon, radiusMeters, minutes, mode);
        TravelSpeeds speeds = tenants.speeds(CurrentTenant.require());
        Circle circle = new Circle(area.latitude(), area.longitude(), area.radius(speeds::metresPerMinute));
        int walk = speeds.metresPerMinute(TravelMode.WALK);
        List<CarrierKind> kinds = QueryParameters.choices("kind", kind, CarrierKind.class);
        int pageNumber = QueryParameters.integer("page", page, 0, 50, 0);
        int pageSize = QueryParameters.integer("size", size, 1, 50, 20);
        Carriers.NearPage found = carriers.nearby(circle, kinds, pageNumber, pageSize);
        List<CarrierHit> hits = found.carriers().stream().map(near -> {
            CarrierRequest c = near.carrier().data();
            return new CarrierHit(near.carrier().id(), c.kind(),
                    messages.getMessage("network.kind." + c.kind(), null, locale),
                    c.name(), c.address(), new NearbyJobs.Point(c.latitude(), c.longitude()), c.hotline(),
                    Math.round(near.distanceMeters()), Circle.walkingMinutes(near.distanceMeters(), walk));
        }).toList();
        return new NearbyCarriers(new NearbyJobs.Point(circle.latitude(), circle.longitude()), circle.radiusMeters(),
                area.mode(), area.minutes(), found.total(), pageNumber, pageSize, hits);
    }

    @GetMapping("/api/v1/markets/{id}/jobs")
    @Operation(summary = "零工市场周边的岗位（信息屏；按距离、再按发布时间）/ "
            + "Open jobs near a market, for its information screen (nearest, then newest)")
    MarketJobs marketJobs(@PathVariable long id,
                          @Parameter(description = "半径（米，100–50000，默认 3000）")
                          @RequestParam(required = false) String radiusMeters,
                          @Parameter(description = "条数 1–50，默认 20") @RequestParam(required = false) String size) {
        CarrierRequest market = carriers.find(id).map(Carriers.Stored::data)
                .filter(c -> c.kind() == CarrierKind.MARKET && c.status() == CarrierStatus.OPEN)
                .orElseThrow(() -> new ProblemException(ProblemType.MARKET_NOT_FOUND));
        int radius = QueryParameters.integer("radiusMeters", radiusMeters, 100, 50_000, MARKET_RADIUS_METERS);
        int count = QueryParameters.integer("size", size, 1, 50, 20);
        int walk = tenants.speeds(CurrentTenant.require()).metresPerMinute(TravelMode.WALK);
        NearbyJobs.Found found = jobs.find(new Circle(market.latitude(), market.longitude(), radius), walk,
                NearbyJobs.Filter.NONE, NearbyQuery.Sort.DISTANCE, 0, count);
        return new MarketJobs(id, market.name(), new NearbyJobs.Point(market.latitude(), market.longitude()), radius,
                found.total(), count, found.hits());
    }

}
