package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.people.checks.ValidIdNumber;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The city's workers for its staff: masked lists, lookup by ID number, and the audited clear read. */
@RestController
@Tag(name = "workers", description = "零工档案 Worker profiles")
class WorkersController {

    private final WorkerRepository workers;
    private final WorkerProfiles profiles;
    private final MessageSource messages;

    WorkersController(WorkerRepository workers, WorkerProfiles profiles, MessageSource messages) {
        this.workers = workers;
        this.profiles = profiles;
        this.messages = messages;
    }

    record Lookup(@NotBlank(message = "{people.idNumber.format}") @ValidIdNumber String idNumber) {

        @Override
        public String toString() {
            return "Lookup[idNumber=***]";
        }
    }

    record Label(String code, String zh, String en) {
    }

    @GetMapping("/api/v1/workers")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "零工列表（脱敏，可按核验状态筛选） Workers of the city, masked, newest first; "
            + "status=PENDING is the desk's verification queue, longest waiting first")
    PeoplePage<WorkerDetails> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                                   @RequestParam(required = false) VerificationStatus status) {
        if (status == null || status == VerificationStatus.ERASED) {
            return PeoplePage.of(workers.findByStatusNot(VerificationStatus.ERASED, PeoplePage.request(page, size)),
                    WorkerDetails::of);
        }
        return PeoplePage.of(workers.findByStatus(status, status == VerificationStatus.PENDING
                ? PeoplePage.request(page, size, Sort.by("updatedAt", "id")) : PeoplePage.request(page, size)),
                WorkerDetails::of);
    }

    /** A desk's decision; {@code note} is required to refuse, and the worker reads it. */
    record VerificationDecision(@NotNull(message = "{people.decision.required}") WorkerProfiles.Decision decision,
                                @Size(max = 500, message = "{people.note.size}") String note) {
    }

    @PostMapping("/api/v1/workers/{id}/verification")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "服务站现场核验：持证本人到场核验通过，或写明原因不予核验 "
            + "Verify a worker in person with the ID card, or refuse with a note the worker reads")
    WorkerDetails decide(@PathVariable UUID id, @Valid @RequestBody VerificationDecision decision,
                         @AuthenticationPrincipal Jwt staff) {
        return WorkerDetails.of(profiles.decide(id, decision.decision(), decision.note(), staff.getSubject()));
    }

    /** By blind index: the ID number travels in the body, not the URL, so it never reaches an access log. */
    @PostMapping("/api/v1/workers/lookup")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "按身份证号查找零工（脱敏） Find a worker by resident ID number, masked")
    WorkerDetails lookup(@Valid @RequestBody Lookup lookup) {
        return profiles.lookUp(lookup.idNumber()).map(WorkerDetails::of)
                .orElseThrow(() -> new ProblemException(ProblemType.WORKER_NOT_FOUND));
    }

    @GetMapping("/api/v1/workers/{id}/identity")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "查看零工明文身份信息（须说明理由，留痕） Clear identity of a worker; reason required, audited")
    Identity identity(@PathVariable UUID id, @RequestParam String reason) {
        return profiles.reveal(id, Reasons.require(reason));
    }

    @GetMapping("/api/v1/worker-priority-groups")
    @Operation(summary = "重点群体标签 Priority-group tags with Chinese and English labels")
    List<Label> priorityGroups() {
        return Arrays.stream(PriorityGroup.values()).map(group -> {
            String key = "people.priorityGroup." + group.name();
            return new Label(group.name(), messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE),
                    messages.getMessage(key, null, Locale.ENGLISH));
        }).toList();
    }
}
