package org.lingong.core.disputes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's dispute desk: station staff and the city admin open cases and carry them through mediation and
 * arbitration; the city admin keeps the mediators and the settings; the figures are read by the city and its province.
 * A case of another city is not found.
 */
@RestController
@Tag(name = "disputes", description = "劳动争议快速调处 Gig labour disputes: mediation to arbitration")
class DisputesController {

    record Opening(@NotNull(message = "{disputes.order.required}") UUID orderId,
                   @NotNull(message = "{disputes.source.required}") DisputeSource source,
                   Long complaintNumber,
                   @NotNull(message = "{disputes.mediator.required}") UUID mediatorId,
                   @NotNull(message = "{disputes.claim-fen.required}")
                   @PositiveOrZero(message = "{disputes.amount.negative}") Long claimFen,
                   @NotBlank(message = "{disputes.claim.required}")
                   @Size(max = 2000, message = "{disputes.text.size}") String claim) {
    }

    record Session(@NotNull(message = "{disputes.held-at.required}") Instant heldAt,
                   @NotBlank(message = "{disputes.place.required}")
                   @Size(max = 200, message = "{disputes.text.size}") String place,
                   @NotBlank(message = "{disputes.notes.required}")
                   @Size(max = 2000, message = "{disputes.text.size}") String notes) {
    }

    record Agreement(@NotBlank(message = "{disputes.terms.required}")
                     @Size(max = 2000, message = "{disputes.text.size}") String terms,
                     @NotNull(message = "{disputes.amount.required}")
                     @PositiveOrZero(message = "{disputes.amount.negative}") Long amountFen,
                     @NotNull(message = "{disputes.pay-by.required}") LocalDate payBy) {
    }

    record Failure(@NotBlank(message = "{disputes.reason.required}")
                   @Size(max = 2000, message = "{disputes.text.size}") String reason) {
    }

    record Filing(@NotBlank(message = "{disputes.commission.required}")
                  @Size(max = 200, message = "{disputes.text.size}") String commission,
                  @NotBlank(message = "{disputes.case-number.required}")
                  @Size(max = 100, message = "{disputes.text.size}") String caseNumber,
                  @NotNull(message = "{disputes.filed-on.required}") LocalDate filedOn) {
    }

    record Result(@NotNull(message = "{disputes.result.required}") ArbitrationResult result,
                  @PositiveOrZero(message = "{disputes.amount.negative}") Long awardFen,
                  @NotBlank(message = "{disputes.note.required}")
                  @Size(max = 2000, message = "{disputes.text.size}") String note) {
    }

    record NewMediator(@NotBlank(message = "{disputes.mediator-name.required}")
                       @Size(max = 50, message = "{disputes.text.size}") String name,
                       @NotBlank(message = "{disputes.organisation.required}")
                       @Size(max = 100, message = "{disputes.text.size}") String organisation) {
    }

    record Settings(@NotNull @Min(value = 1, message = "{disputes.days.range}")
                    @Max(value = 60, message = "{disputes.days.range}") Integer mediationDays,
                    @NotNull @Min(value = 0, message = "{disputes.percent.range}")
                    @Max(value = 100, message = "{disputes.percent.range}") Integer mediationTargetPercent,
                    @NotNull @Min(value = 0, message = "{disputes.percent.range}")
                    @Max(value = 100, message = "{disputes.percent.range}") Integer arbitrationTargetPercent) {
    }

    private final Disputes disputes;
    private final Mediators mediators;
    private final DisputePdf pdf;

    DisputesController(Disputes disputes, Mediators mediators, DisputePdf pdf) {
        this.disputes = disputes;
        this.mediators = mediators;
        this.pdf = pdf;
    }

    @PostMapping("/api/v1/disputes")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "立案：就本市一个订单的劳动争议开始调解（来源：工作人员、投诉 complaintNumber、欠薪报告） Open a case "
            + "about an order; mediation starts now")
    DisputeDetails open(@Valid @RequestBody Opening opening, Authentication staff) {
        return disputes.open(new Disputes.Opening(opening.orderId(), opening.source(), opening.complaintNumber(),
                opening.mediatorId(), opening.claimFen(), opening.claim()), staff.getName());
    }

    @GetMapping("/api/v1/disputes")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "本市的争议案件，最新在前，可按状态筛选 The city's cases, newest first")
    List<DisputeDetails> list(@RequestParam Optional<DisputeStatus> status) {
        return disputes.list(status);
    }

    @GetMapping("/api/v1/disputes/kpis")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "期间内的调解成功率、仲裁结案率、平均天数及本市目标 The period's dispute figures and targets")
    DisputeKpis kpis(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return disputes.kpis(from, to);
    }

    @GetMapping("/api/v1/disputes/settings")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "调解期限（日）和两项目标 The mediation period and the two targets")
    DisputeSettings settings() {
        return disputes.settings();
    }

    @PutMapping("/api/v1/disputes/settings")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "设置调解期限和目标 Set the mediation period and targets")
    DisputeSettings changeSettings(@Valid @RequestBody Settings settings, Authentication admin) {
        return disputes.changeSettings(new DisputeSettings(settings.mediationDays(), settings.mediationTargetPercent(),
                settings.arbitrationTargetPercent()), admin.getName());
    }

    @GetMapping("/api/v1/disputes/mediators")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "本市调解员名单 The city's mediators")
    List<DisputeDetails.Mediator> mediators() {
        return mediators.list();
    }

    @PostMapping("/api/v1/disputes/mediators")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "添加调解员 Add a mediator")
    DisputeDetails.Mediator addMediator(@Valid @RequestBody NewMediator mediator, Authentication admin) {
        return mediators.add(mediator.name(), mediator.organisation(), admin.getName());
    }

    @PostMapping("/api/v1/disputes/mediators/{id}/retire")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "调解员不再接新案 A mediator takes no new case")
    DisputeDetails.Mediator retireMediator(@PathVariable UUID id) {
        return mediators.retire(id);
    }

    @GetMapping("/api/v1/disputes/{id}")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "一个案件及其调解记录和证据（订单、合同及存证校验、支付、欠薪报告） One case with its sessions and "
            + "evidence")
    DisputeDetails one(@PathVariable UUID id) {
        return disputes.readForStaff(id);
    }

    @PostMapping("/api/v1/disputes/{id}/sessions")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "记录一次调解 Record a mediation session")
    DisputeDetails session(@PathVariable UUID id, @Valid @RequestBody Session session, Authentication staff) {
        return disputes.session(id, session.heldAt(), session.place(), session.notes(), staff.getName());
    }

    @PostMapping("/api/v1/disputes/{id}/agreement")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "调解成功：协议内容、金额和履行期限 Mediation agreed: terms, amount, pay-by day")
    DisputeDetails agree(@PathVariable UUID id, @Valid @RequestBody Agreement agreement, Authentication staff) {
        return disputes.agree(id, agreement.terms(), agreement.amountFen(), agreement.payBy(), staff.getName());
    }

    @PostMapping("/api/v1/disputes/{id}/agreement/signed")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "双方已在调解协议书上签字 Both parties signed the printed agreement")
    DisputeDetails signed(@PathVariable UUID id, Authentication staff) {
        return disputes.signed(id, staff.getName());
    }

    @GetMapping(value = "/api/v1/disputes/{id}/agreement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "调解协议书 PDF The mediation agreement to print and sign")
    ResponseEntity<byte[]> agreementPdf(@PathVariable UUID id) {
        DisputeDetails dispute = disputes.readForStaff(id);
        if (dispute.agreement() == null) {
            throw new ProblemException(ProblemType.DISPUTE_TRANSITION);
        }
        return file(pdf.agreement(dispute), "mediation-agreement-" + dispute.number() + ".pdf");
    }

    @PostMapping("/api/v1/disputes/{id}/mediation-failure")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "调解不成 Mediation failed; the case may go to arbitration")
    DisputeDetails fail(@PathVariable UUID id, @Valid @RequestBody Failure failure, Authentication staff) {
        return disputes.fail(id, failure.reason(), staff.getName());
    }

    @PostMapping("/api/v1/disputes/{id}/arbitration")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "已移送劳动人事争议仲裁委员会并立案 Filed with the arbitration commission")
    DisputeDetails file(@PathVariable UUID id, @Valid @RequestBody Filing filing, Authentication staff) {
        return disputes.file(id, filing.commission(), filing.caseNumber(), filing.filedOn(), staff.getName());
    }

    @GetMapping(value = "/api/v1/disputes/{id}/case-file.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "仲裁案件材料 PDF：当事人、请求、调解记录、证据 The case file for the arbitration commission")
    ResponseEntity<byte[]> caseFile(@PathVariable UUID id) {
        DisputeDetails dispute = disputes.readForStaff(id);
        if (dispute.failure() == null) {
            throw new ProblemException(ProblemType.DISPUTE_TRANSITION);
        }
        return file(pdf.caseFile(dispute), "arbitration-case-file-" + dispute.number() + ".pdf");
    }

    @PostMapping("/api/v1/disputes/{id}/arbitration/result")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "仲裁结案：裁决（awardFen）、调解、撤回或不予受理 The commission closed the case")
    DisputeDetails close(@PathVariable UUID id, @Valid @RequestBody Result result, Authentication staff) {
        return disputes.close(id, result.result(), result.awardFen(), result.note(), staff.getName());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }
}
