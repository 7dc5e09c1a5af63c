package org.lingong.core.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Map;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's search settings: whether neighbouring cities of its province may show its jobs near the border, and the
 * travel speeds of the nearby search. Search reads them from the routes feed.
 */
@RestController
@Tag(name = "tenant")
class SearchSettingsController {

    private final TenantRepository tenants;
    private final TenantDirectory directory;
    private final AuditLog audit;

    SearchSettingsController(TenantRepository tenants, TenantDirectory directory, AuditLog audit) {
        this.tenants = tenants;
        this.directory = directory;
        this.audit = audit;
    }

    record SearchSettings(
            @NotNull Boolean sharesJobsWithNeighbours,
            @NotNull Map<@NotNull TravelMode, @NotNull @Min(value = TravelSpeeds.MIN, message = "{search.speed}")
                    @Max(value = TravelSpeeds.MAX, message = "{search.speed}") Integer> travelSpeeds) {

        static SearchSettings of(Tenant tenant) {
            return new SearchSettings(tenant.sharesJobsWithNeighbours(), tenant.travelSpeeds().asMap());
        }

        @AssertTrue(message = "{search.speeds.complete}")
        boolean isEveryModeGiven() {
            return travelSpeeds == null || travelSpeeds.keySet().containsAll(EnumSet.allOf(TravelMode.class));
        }
    }

    @GetMapping("/api/v1/tenant/search-settings")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Operation(summary = "本市搜索设置（出行速度、是否向邻市共享岗位）/ The city's search settings")
    SearchSettings get() {
        return SearchSettings.of(current());
    }

    @PutMapping("/api/v1/tenant/search-settings")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "修改本市搜索设置（速度 30–1000 米/分钟）/ Change the city's search settings (speeds 30–1000 m/min)")
    SearchSettings put(@Valid @RequestBody SearchSettings settings) {
        Tenant tenant = current();
        tenant.changeSearchSettings(settings.sharesJobsWithNeighbours(), TravelSpeeds.of(settings.travelSpeeds()));
        tenants.saveAndFlush(tenant);
        directory.invalidate();
        audit.record("tenant.search-settings.changed", tenant.code().value(), settings.toString());
        return SearchSettings.of(tenant);
    }

    private Tenant current() {
        String code = CurrentTenant.require().value();
        return tenants.findById(code).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
    }
}
