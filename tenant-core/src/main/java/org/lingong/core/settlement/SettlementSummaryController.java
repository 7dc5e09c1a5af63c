package org.lingong.core.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.EmployerVerification;
import org.lingong.core.people.WorkerVerification;
import org.lingong.common.i18n.China;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Totals in fen: a worker's earnings, an employer's payments, the city's settlement over a period. */
@RestController
@Tag(name = "settlement")
class SettlementSummaryController {

    private static final ZoneId CHINA = China.ZONE;
    private static final int RECENT = 20;

    private final SettlementTotals totals;
    private final PaymentRepository payments;
    private final WorkerVerification workers;
    private final EmployerVerification employers;

    SettlementSummaryController(SettlementTotals totals, PaymentRepository payments, WorkerVerification workers,
                                EmployerVerification employers) {
        this.totals = totals;
        this.payments = payments;
        this.workers = workers;
        this.employers = employers;
    }

    record Earnings(SettlementTotals.Totals totals, List<PaymentDetails> recent) {
    }

    /** Payments made on days {@code from} to {@code to} (Beijing dates, inclusive). */
    record CitySummary(LocalDate from, LocalDate to, SettlementTotals.Totals totals) {
    }

    @GetMapping("/api/v1/me/earnings")
    @PreAuthorize(Roles.Allow.WORKER)
    @Transactional(readOnly = true)
    @Operation(summary = "我的收入（零工）：已确认、待确认、有异议、欠薪金额及最近支付 / The worker's earnings and recent payments")
    Earnings earnings(Authentication caller) {
        UUID worker = workers.requireVerifiedAccount(caller.getName());
        return new Earnings(totals.ofWorker(worker), payments.findByWorkerIdOrderByPaidAtDesc(worker,
                PageRequest.of(0, RECENT)).stream().map(Payment::details).toList());
    }

    @GetMapping("/api/v1/employers/me/payments/summary")
    @PreAuthorize(Roles.Allow.EMPLOYER)
    @Operation(summary = "本单位工资支付汇总 / The employer's payments and open arrears")
    SettlementTotals.Totals employer(Authentication caller) {
        return totals.ofEmployer(employers.requireVerifiedAccount(caller.getName()));
    }

    @GetMapping("/api/v1/settlements/summary")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "全市结算汇总：已付、已确认、有异议、欠薪（分）/ The city's settlement over a period, in fen")
    CitySummary city(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new ProblemException(ProblemType.PERIOD_REVERSED);
        }
        return new CitySummary(from, to, totals.ofCity(from.atStartOfDay(CHINA).toInstant(),
                to.plusDays(1).atStartOfDay(CHINA).toInstant()));
    }
}
