package org.lingong.core.complaints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.HttpStatus;
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

/** Filing a complaint, following one's own, and the city's complaint desk. */
@RestController
@Tag(name = "complaints", description = "投诉举报 Complaints and reports")
class ComplaintsController {

    record Filing(@NotNull(message = "{complaints.subject-kind.required}") SubjectKind subjectKind,
                  UUID subjectId,
                  @Size(max = 100, message = "{complaints.subject-name.size}") String subjectName,
                  @NotNull(message = "{complaints.category.required}") ComplaintCategory category,
                  @NotBlank(message = "{complaints.text.required}")
                  @Size(max = 1000, message = "{complaints.text.size}") String text,
                  Boolean anonymous) {
    }

    record Step(@NotNull(message = "{complaints.status.required}") ComplaintStatus status,
                @Size(max = 1000, message = "{complaints.note.size}") String note) {
    }

    private final Complaints complaints;

    ComplaintsController(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping("/api/v1/complaints")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "投诉举报岗位、用工单位或中介（零工、单位自行提交，或工作人员代录热线来电；可匿名） File a "
            + "complaint about a job, an employer or an agency; staff filing it record a hotline call")
    ComplaintDetails file(@Valid @RequestBody Filing filing, Authentication caller) {
        Channel channel = Roles.grants(Set.of(Roles.WORKER), authorities(caller)) ? Channel.WORKER_PAGE
                : Roles.grants(Set.of(Roles.EMPLOYER), authorities(caller)) ? Channel.EMPLOYER_WORKSPACE
                : Channel.HOTLINE;
        return complaints.file(new Complaints.Filing(filing.subjectKind(), filing.subjectId(), filing.subjectName(),
                filing.category(), filing.text(), Boolean.TRUE.equals(filing.anonymous())), new Complaints.Reporter(caller.getName(), channel));
    }

    @GetMapping("/api/v1/complaints/mine")
    @PreAuthorize("hasAnyRole('" + Roles.WORKER + "', '" + Roles.EMPLOYER + "')")
    @Operation(summary = "我的投诉及办理进度 The caller's own complaints with each step")
    List<ComplaintDetails> mine(Authentication caller) {
        return complaints.mine(caller.getName());
    }

    @GetMapping("/api/v1/complaints")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "投诉受理台：按期限排序（最紧急在前），可只看未办结或某一状态 The complaint desk, most urgent "
            + "first; open=true leaves out rejected and closed ones")
    List<ComplaintDetails> desk(@RequestParam Optional<ComplaintStatus> status,
                                @RequestParam(defaultValue = "true") boolean open) {
        return complaints.desk(status, open);
    }

    @GetMapping("/api/v1/complaints/{id}")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "一件投诉及其办理记录（工作人员，或投诉人本人） One complaint with its steps, for staff or "
            + "its reporter")
    ComplaintDetails one(@PathVariable UUID id, Authentication caller) {
        if (Roles.grants(Roles.CITY_OWN_STAFF, authorities(caller))) {
            return complaints.readForStaff(id);
        }
        // Another person's complaint answers as if it did not exist.
        if (!complaints.filedBy(id, caller.getName())) {
            throw new ProblemException(ProblemType.COMPLAINT_NOT_FOUND);
        }
        return complaints.readForReporter(id);
    }

    @PostMapping("/api/v1/complaints/{id}/steps")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "办理下一步：受理、不予受理（须说明理由）、调查、作出决定（须写明）、办结 Take the next step; "
            + "a rejection and a decision need a note")
    ComplaintDetails step(@PathVariable UUID id, @Valid @RequestBody Step step, Authentication staff) {
        return complaints.move(id, step.status(), step.note(), staff.getName());
    }

    @GetMapping("/api/v1/complaints/settings")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "本市投诉办理期限（工作日） The city's complaint deadlines in working days")
    ComplaintSettings settings() {
        return complaints.settings();
    }

    @PutMapping("/api/v1/complaints/settings")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "设置本市投诉办理期限 Set the city's complaint deadlines; steps begun later use them")
    ComplaintSettings updateSettings(@Valid @RequestBody ComplaintSettings settings, Authentication admin) {
        return complaints.update(settings, admin.getName());
    }

    private static List<String> authorities(Authentication caller) {
        return caller.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }
}
