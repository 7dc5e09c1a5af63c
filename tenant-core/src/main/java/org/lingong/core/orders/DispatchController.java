package org.lingong.core.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
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

/** Check-in at a market, its waiting list, dispatch by station staff and the dispatch-time KPI. */
@RestController
@Tag(name = "orders")
class DispatchController {

    private final Dispatches dispatches;
    private final WorkerVerification workers;

    DispatchController(Dispatches dispatches, WorkerVerification workers) {
        this.dispatches = dispatches;
        this.workers = workers;
    }

    /** By a worker: the value of the market's QR code. By staff: the worker checked in. */
    record CheckInRequest(String code, UUID workerId) {
    }

    record DispatchRequest(@NotNull UUID workerId) {
    }

    /** The code to show, when the next replaces it, and how long a shown code is accepted after that. */
    record CheckInCodeDetails(long marketId, String code, Instant rotatesAt, long graceSeconds) {
    }

    @GetMapping("/api/v1/markets/{marketId}/check-in-code")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "市场签到二维码内容（每分钟更换）/ The market's check-in QR value, new every minute")
    CheckInCodeDetails code(@PathVariable long marketId) {
        RotatingCode.Current current = dispatches.code(marketId);
        return new CheckInCodeDetails(marketId, current.value(), current.rotatesAt(), RotatingCode.PERIOD.toSeconds());
    }

    @PostMapping("/api/v1/markets/{marketId}/check-ins")
    @PreAuthorize(Roles.Allow.WORKER_SIDE)
    @Operation(summary = "零工到市场签到候工（扫码或工作人员代签）/ Check in at a market: QR code value, or staff for a worker")
    ResponseEntity<MarketCheckIn.CheckInDetails> checkIn(@PathVariable long marketId,
                                                      @RequestBody CheckInRequest request, Authentication caller) {
        Caller who = Caller.of(caller);
        MarketCheckIn.CheckInDetails checkIn;
        if (who.isStaff() && request.workerId() != null) {
            checkIn = dispatches.checkIn(marketId, workers.requireVerified(request.workerId()), who.account());
        } else if (who.isWorker()) {
            checkIn = dispatches.checkInWithCode(marketId, request.code(), who.account());
        } else {
            throw new ProblemException(ProblemType.CHECK_IN_WORKER_REQUIRED);
        }
        return ResponseEntity.created(URI.create("/api/v1/markets/" + marketId + "/waiting-workers")).body(checkIn);
    }

    @GetMapping("/api/v1/markets/{marketId}/waiting-workers")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "市场候工名单（姓名、电话脱敏）/ Workers waiting at the market, masked, longest waiting first")
    List<Dispatches.WaitingWorker> waiting(@PathVariable long marketId) {
        return dispatches.waiting(marketId);
    }

    @PostMapping("/api/v1/jobs/{id}/dispatch")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "派单：将岗位名额派给候工零工，待零工确认 / Dispatch a waiting worker to a job; the worker confirms")
    ResponseEntity<OrderDetails> dispatch(@PathVariable UUID id, @Valid @RequestBody DispatchRequest request,
                                       Authentication caller) {
        OrderDetails order = dispatches.dispatch(id, request.workerId(), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(order);
    }

    @GetMapping("/api/v1/orders/dispatch-kpi")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "派单时效（中位数、P90、60 秒内占比）/ Dispatch time: median, p90, share within 60 s")
    Dispatches.Kpi kpi(@RequestParam Instant from, @RequestParam Instant to) {
        return dispatches.kpi(from, to);
    }
}
