package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The city's employers for its staff: masked lists, the review queue with licences, and the audited clear read. */
@RestController
@Tag(name = "employers", description = "用人单位 Employers")
class EmployersController {

    private final EmployerRepository employers;
    private final EmployerProfiles profiles;
    private final EmployerLicences licences;

    EmployersController(EmployerRepository employers, EmployerProfiles profiles, EmployerLicences licences) {
        this.employers = employers;
        this.profiles = profiles;
        this.licences = licences;
    }

    static final int MAX_QUERY = 50;

    @GetMapping("/api/v1/employers")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Transactional(readOnly = true)
    @Operation(summary = "用人单位列表（脱敏，可按核验状态筛选，q 按单位名称查找） Employers of the city, masked, newest "
            + "first; status=PENDING is the review queue, longest waiting first; q: the legal name contains it")
    PeoplePage<EmployerDetails> list(@RequestParam(required = false) VerificationStatus status,
                                     @Parameter(description = "至多 50 字 / at most 50 characters")
                                     @RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new ProblemException(ProblemType.EMPLOYERS_QUERY_TOO_LONG, MAX_QUERY);
        }
        Page<Employer> found = !text.isEmpty() ? employers.search(status, text, PeoplePage.request(page, size))
                : status == null ? employers.findAll(PeoplePage.request(page, size))
                : employers.findByStatus(status, status == VerificationStatus.PENDING
                        ? PeoplePage.request(page, size, Sort.by("submittedAt", "id")) : PeoplePage.request(page, size));
        var fingerprints = licences.fingerprints(found.map(Employer::getId).getContent());
        return PeoplePage.of(found, employer -> EmployerDetails.of(employer, fingerprints.get(employer.getId())));
    }

    /** The image for the city's own staff only; every view is audited. Never cached, never run or sniffed. */
    @GetMapping("/api/v1/employers/{id}/licence")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "查看营业执照图片（本市工作人员，每次查看留痕） The employer's business licence image, "
            + "for the city's own staff; every view is audited")
    ResponseEntity<byte[]> licence(@PathVariable UUID id) {
        EmployerLicences.Licence licence = profiles.licence(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(licence.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .body(licence.bytes());
    }

    /** A reviewer's decision; {@code note} is required to reject or ask for more, and the employer reads it. */
    record VerificationDecision(@NotNull(message = "{people.employerDecision.required}") EmployerProfiles.Decision decision,
                                @Size(max = 500, message = "{people.note.size}") String note) {
    }

    @PostMapping("/api/v1/employers/{id}/verification")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "审核用人单位：通过（之后可发布岗位）、不予通过或要求补充材料（须写明原因，单位可见） "
            + "Decide an employer in the queue: APPROVE (it may publish jobs), REJECT or ASK_MORE with a note the "
            + "employer reads; ASK_MORE puts it back to UNVERIFIED with reason MORE_REQUESTED")
    EmployerDetails review(@PathVariable UUID id, @Valid @RequestBody VerificationDecision decision,
                           @AuthenticationPrincipal Jwt staff) {
        return profiles.decide(id, decision.decision(), decision.note(), staff.getSubject());
    }

    record LicenceLimit(@NotNull @Min(value = 100 * 1024, message = "{people.licenceLimit.range}")
                        @Max(value = EmployerLicences.CEILING_BYTES, message = "{people.licenceLimit.range}")
                        Integer maxBytes) {
    }

    @GetMapping("/api/v1/employers/licence-limit")
    @PreAuthorize(Roles.Allow.EMPLOYER + " or " + Roles.Allow.CITY_READERS)
    @Operation(summary = "营业执照图片大小上限 The city's size limit for business licence images")
    LicenceLimit licenceLimit() {
        return new LicenceLimit(licences.maxBytes());
    }

    @PutMapping("/api/v1/employers/licence-limit")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "设置营业执照图片大小上限（100 KB–10 MB） Set the city's limit for licence images "
            + "(100 KB to 10 MB)")
    LicenceLimit setLicenceLimit(@Valid @RequestBody LicenceLimit limit) {
        licences.setMaxBytes(limit.maxBytes());
        return limit;
    }

    @GetMapping("/api/v1/employers/{id}/identity")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "查看用人单位明文信息（须说明理由，留痕） Clear identity of an employer; reason required, audited")
    Identity identity(@PathVariable UUID id, @RequestParam String reason) {
        return profiles.reveal(id, Reasons.require(reason));
    }
}
