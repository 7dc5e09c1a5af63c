package org.lingong.core.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.people.WorkerVerification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grabbing a job, and each side's moves and lists of orders. */
@RestController
@Tag(name = "orders", description = "抢单、派单与订单 Orders: grab, dispatch, lifecycle")
class OrdersController {

    private final Grabs grabs;
    private final OrderLifecycle lifecycle;
    private final OrderQueries queries;
    private final WorkerVerification workers;
    private final EmployerVerification employers;
    private final Jobs jobs;

    OrdersController(Grabs grabs, OrderLifecycle lifecycle, OrderQueries queries, WorkerVerification workers,
                     EmployerVerification employers, Jobs jobs) {
        this.grabs = grabs;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.workers = workers;
        this.employers = employers;
        this.jobs = jobs;
    }

    record CancelRequest(CancelReason reasonCode, @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/jobs/{id}/grab")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "抢单：已实名零工一键领取岗位名额 / Grab a slot of an open job (verified workers)")
    ResponseEntity<OrderDetails> grab(@PathVariable UUID id, Authentication caller) {
        OrderDetails order = grabs.grab(id, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(order);
    }

    @GetMapping("/api/v1/orders/{id}")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "订单详情与流转记录 / An order with its history")
    OrderQueries.OrderWithHistory get(@PathVariable UUID id, Authentication caller) {
        return queries.detail(lifecycle.readable(id, Caller.of(caller)));
    }

    @GetMapping("/api/v1/orders/{id}/job")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "订单所属岗位（下架、关闭后订单双方仍可看到其状态和下架理由）/ The order's job, for the order's "
            + "parties in any state: once taken down, with the reason")
    JobDetails job(@PathVariable UUID id, Authentication caller) {
        return jobs.find(lifecycle.readableBy(id, caller).jobId());
    }

    @PostMapping("/api/v1/orders/{id}/confirm")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "确认订单（抢单由用工方确认，派单由零工确认）/ Confirm: the employer side a grab, the worker a dispatch")
    OrderDetails confirm(@PathVariable UUID id, Authentication caller) {
        return lifecycle.confirm(id, Caller.of(caller));
    }

    @PostMapping("/api/v1/orders/{id}/check-in")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "零工到岗签到（开工前 30 分钟起；位置在工作地点附近，或用工方出示的签到码）/ The worker checks in at "
            + "the job (from 30 min before start), by position near the workplace or the employer's rotating code")
    OrderDetails checkIn(@PathVariable UUID id, @Valid @RequestBody(required = false) OrderLifecycle.CheckInProof proof,
                         Authentication caller) {
        return lifecycle.checkIn(id, Caller.of(caller), proof == null ? OrderLifecycle.CheckInProof.NONE : proof);
    }

    /** The value to show, when the next replaces it, and how long a shown code is accepted after that. */
    record CheckInCodeShown(String code, Instant rotatesAt, long graceSeconds) {
    }

    @GetMapping("/api/v1/orders/{id}/check-in-code")
    @PreAuthorize(Roles.Allow.EMPLOYER_SIDE)
    @Operation(summary = "岗位签到码（每分钟更换，供无法定位的零工签到）/ The job's check-in code, new every minute")
    CheckInCodeShown checkInCode(@PathVariable UUID id, Authentication caller) {
        RotatingCode.Current current = lifecycle.checkInCode(id, Caller.of(caller));
        return new CheckInCodeShown(current.value(), current.rotatesAt(), RotatingCode.PERIOD.toSeconds());
    }

    @PostMapping("/api/v1/orders/{id}/complete")
    @PreAuthorize(Roles.Allow.EMPLOYER_SIDE)
    @Operation(summary = "确认完工 / The employer side records the work as done")
    OrderDetails complete(@PathVariable UUID id, Authentication caller) {
        return lifecycle.complete(id, Caller.of(caller));
    }

    @PostMapping("/api/v1/orders/{id}/cancel")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "取消订单（须说明原因，名额释放）/ Cancel with a reason; the slot is freed")
    OrderDetails cancel(@PathVariable UUID id, @RequestBody(required = false) CancelRequest request,
                     Authentication caller) {
        CancelRequest given = request == null ? new CancelRequest(null, null) : request;
        return lifecycle.cancel(id, Caller.of(caller), given.reasonCode(), given.reason());
    }

    @PostMapping("/api/v1/orders/{id}/no-show")
    @PreAuthorize(Roles.Allow.EMPLOYER_SIDE)
    @Operation(summary = "记录爽约（开工后超过本市时限仍未签到）/ Record a no-show (the city's grace after the start)")
    OrderDetails noShow(@PathVariable UUID id, Authentication caller) {
        return lifecycle.noShow(id, Caller.of(caller));
    }

    @GetMapping("/api/v1/me/orders")
    @PreAuthorize(Roles.Allow.WORKER)
    @Operation(summary = "我的订单（零工）及近 30 天取消次数 / The worker's orders and own cancellations in 30 days")
    OrderQueries.WorkerOrders mine(@RequestParam(required = false) OrderStatus status,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size, Authentication caller) {
        return queries.ofWorker(workers.requireVerifiedAccount(caller.getName()), status, page, size);
    }

    @GetMapping("/api/v1/employers/me/orders")
    @PreAuthorize(Roles.Allow.EMPLOYER)
    @Operation(summary = "本单位岗位的订单，附零工脱敏姓名与技能 / Orders on the employer's own jobs, with each "
            + "worker's masked name and skills")
    OrderQueries.EmployerOrders employers(@RequestParam(required = false) OrderStatus status,
                                     @RequestParam(required = false) UUID jobId,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size, Authentication caller) {
        UUID employer = employers.requireVerifiedAccount(caller.getName());
        return queries.ofEmployer(employer, jobId, status, page, size);
    }

    @GetMapping("/api/v1/orders")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "订单列表（管理）/ Orders of the city for staff, newest first")
    OrderQueries.OrderPage list(@RequestParam(required = false) OrderStatus status,
                                @RequestParam(required = false) OrderKind kind,
                                @RequestParam(required = false) UUID jobId,
                                @RequestParam(required = false) UUID workerId,
                                @RequestParam(required = false) UUID employerId,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant to,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        return queries.find(new OrderQueries.Filter(workerId, employerId, jobId, status, kind, from, to), page, size);
    }
}
