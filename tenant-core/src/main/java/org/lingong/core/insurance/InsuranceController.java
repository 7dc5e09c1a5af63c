package org.lingong.core.insurance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.orders.OrderLifecycle;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment per order or per day, an order's cover, and the city's check-in rule. */
@RestController
@Tag(name = "insurance", description = "零工保险 Gig insurance: accident and occupational-injury cover")
class InsuranceController {

    private final Insurance insurance;
    private final Coverage coverage;
    private final InsuranceSettings settings;
    private final OrderLifecycle orders;
    private final AuditLog audit;

    InsuranceController(Insurance insurance, Coverage coverage, InsuranceSettings settings, OrderLifecycle orders,
                        AuditLog audit) {
        this.insurance = insurance;
        this.coverage = coverage;
        this.settings = settings;
        this.orders = orders;
        this.audit = audit;
    }

    record InsuranceRuleChange(@NotNull Boolean requireInsuranceForCheckIn) {
    }

    @PostMapping("/api/v1/orders/{id}/insurance")
    @PreAuthorize(Roles.Allow.EMPLOYER_SIDE)
    @Operation(summary = "为订单投保（保障期须覆盖用工时间）/ Enrol an order; the cover must span the job's time")
    ResponseEntity<EnrolmentDetails> enrolOrder(@PathVariable UUID id,
                                             @Valid @RequestBody Insurance.OrderEnrolment request,
                                             Authentication caller) {
        EnrolmentDetails enrolled = insurance.enrolOrder(id, request, caller);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + id + "/insurance")).body(enrolled);
    }

    @GetMapping("/api/v1/orders/{id}/insurance")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "订单的保险保障（含按日投保）/ The order's cover, per order and per day")
    Coverage.OrderCover cover(@PathVariable UUID id, Authentication caller) {
        return coverage.of(orders.readableBy(id, caller));
    }

    @PostMapping("/api/v1/workers/{id}/insurance-days")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "按日为零工投保（覆盖当日全部订单，北京时间）/ Cover a worker for a day (all orders that day)")
    ResponseEntity<EnrolmentDetails> enrolDay(@PathVariable UUID id, @Valid @RequestBody Insurance.DayEnrolment request,
                                           Authentication caller) {
        EnrolmentDetails enrolled = insurance.enrolDay(id, request, caller);
        return ResponseEntity.created(URI.create("/api/v1/workers/" + id + "/insurance-days/" + enrolled.id()))
                .body(enrolled);
    }

    @GetMapping("/api/v1/insurance/settings")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "保险规则：签到前是否须有保险 / Whether check-in needs insurance cover")
    InsuranceSettings.InsuranceRule settings() {
        return settings.get();
    }

    @PutMapping("/api/v1/insurance/settings")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "修改保险规则 / Change the rule")
    InsuranceSettings.InsuranceRule change(@Valid @RequestBody InsuranceRuleChange change) {
        InsuranceSettings.InsuranceRule updated =
                new InsuranceSettings.InsuranceRule(change.requireInsuranceForCheckIn());
        settings.set(updated);
        audit.record("insurance.settings.changed", null,
                "requireInsuranceForCheckIn=" + updated.requireInsuranceForCheckIn());
        return updated;
    }
}
