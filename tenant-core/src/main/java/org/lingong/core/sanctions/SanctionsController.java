package org.lingong.core.sanctions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.EmployerVerification;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's sanctions desk (the city admin decides; station staff read and check corrections) and the employer's
 * own sanctions with its appeal. Another employer's sanction, or one of another city, is not found.
 */
@RestController
@Tag(name = "sanctions", description = "处理决定 Sanctions against employers")
class SanctionsController {

    record Decision(@NotNull(message = "{sanctions.employer.required}") UUID employerId,
                    @NotNull(message = "{sanctions.measure.required}") Measure measure,
                    @NotBlank(message = "{sanctions.grounds.required}")
                    @Size(max = 1000, message = "{sanctions.text.size}") String grounds,
                    @NotBlank(message = "{sanctions.decision.required}")
                    @Size(max = 1000, message = "{sanctions.text.size}") String decision,
                    Integer correctWithinDays,
                    LocalDate suspendedThrough) {
    }

    record Check(@NotNull(message = "{sanctions.corrected.required}") Boolean corrected,
                 @NotBlank(message = "{sanctions.note.required}")
                 @Size(max = 1000, message = "{sanctions.text.size}") String note) {
    }

    record Note(@NotBlank(message = "{sanctions.note.required}")
                @Size(max = 1000, message = "{sanctions.text.size}") String note) {
    }

    record Appeal(@NotBlank(message = "{sanctions.appeal.required}")
                  @Size(max = 1000, message = "{sanctions.text.size}") String grounds) {
    }

    record AppealDecision(@NotNull(message = "{sanctions.revoke.required}") Boolean revoke,
                          @NotBlank(message = "{sanctions.note.required}")
                          @Size(max = 1000, message = "{sanctions.text.size}") String note) {
    }

    private final Sanctions sanctions;
    private final EmployerVerification employers;

    SanctionsController(Sanctions sanctions, EmployerVerification employers) {
        this.sanctions = sanctions;
        this.employers = employers;
    }

    @PostMapping("/api/v1/sanctions")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对用工单位作出处理决定并立即执行：责令改正（correctWithinDays 个工作日）、下架岗位、暂停招用（至 "
            + "suspendedThrough 当日）、关闭账户 Decide a measure against an employer; it takes effect at once")
    SanctionDetails decide(@Valid @RequestBody Decision decision, Authentication admin) {
        return sanctions.decide(new Sanctions.Decision(decision.employerId(), decision.measure(), decision.grounds(),
                decision.decision(), decision.correctWithinDays(), decision.suspendedThrough()), admin.getName());
    }

    @GetMapping("/api/v1/sanctions")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "本市的处理决定，最新在前；current=true 只看执行中和待核查的 The city's sanctions, newest first; "
            + "current=true keeps those in force or due a check")
    List<SanctionDetails> list(@RequestParam Optional<UUID> employerId,
                               @RequestParam(defaultValue = "false") boolean current) {
        return sanctions.list(employerId, current);
    }

    @GetMapping("/api/v1/sanctions/{id}")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "一项处理决定及其申诉 One sanction with its appeal")
    SanctionDetails one(@PathVariable UUID id) {
        return sanctions.readForStaff(id);
    }

    @PostMapping("/api/v1/sanctions/{id}/check")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "核查责令改正是否已改正 Record whether an order to correct was obeyed")
    SanctionDetails check(@PathVariable UUID id, @Valid @RequestBody Check check, Authentication staff) {
        return sanctions.check(id, check.corrected(), check.note(), staff.getName());
    }

    @PostMapping("/api/v1/sanctions/{id}/lift")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "提前解除暂停招用或关闭账户 Lift a suspension or closure early")
    SanctionDetails lift(@PathVariable UUID id, @Valid @RequestBody Note note, Authentication admin) {
        return sanctions.lift(id, note.note(), admin.getName());
    }

    @PostMapping("/api/v1/sanctions/{id}/appeal-decision")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "处理用工单位的申诉：维持，或撤销决定（撤销即终止执行） Decide the employer's appeal: uphold, or "
            + "revoke the sanction, which ends it")
    SanctionDetails decideAppeal(@PathVariable UUID id, @Valid @RequestBody AppealDecision decision,
                                 Authentication admin) {
        return sanctions.decideAppeal(id, decision.revoke(), decision.note(), admin.getName());
    }

    @GetMapping("/api/v1/employers/me/sanctions")
    @PreAuthorize(Roles.Allow.EMPLOYER)
    @Operation(summary = "本单位收到的处理决定 The employer's own sanctions, newest first")
    List<SanctionDetails> mine(Authentication caller) {
        return sanctions.ofEmployer(employers.requireAccount(caller.getName()));
    }

    @PostMapping("/api/v1/employers/me/sanctions/{id}/appeal")
    @PreAuthorize(Roles.Allow.EMPLOYER)
    @Operation(summary = "对处理决定提出申诉（每项一次，决定之日起 60 日内；申诉期间不停止执行） Appeal a sanction once, "
            + "within 60 days; it stays in force meanwhile")
    SanctionDetails appeal(@PathVariable UUID id, @Valid @RequestBody Appeal appeal, Authentication caller) {
        return sanctions.appeal(id, employers.requireAccount(caller.getName()), appeal.grounds(), caller.getName());
    }
}
