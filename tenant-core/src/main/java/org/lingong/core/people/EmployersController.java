package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The city's employers for its staff: masked lists, approval, and the audited clear read. */
@RestController
@Tag(name = "employers", description = "用人单位 Employers")
class EmployersController {

    private final EmployerRepository employers;
    private final EmployerProfiles profiles;

    EmployersController(EmployerRepository employers, EmployerProfiles profiles) {
        this.employers = employers;
        this.profiles = profiles;
    }

    @GetMapping("/api/v1/employers")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "用人单位列表（脱敏，可按核验状态筛选） Employers of the city, masked, optionally by status")
    PeoplePage<EmployerDetails> list(@RequestParam(required = false) VerificationStatus status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size, Locale locale) {
        var request = PeoplePage.request(page, size);
        return PeoplePage.of(status == null ? employers.findAll(request) : employers.findByStatus(status, request),
                employer -> EmployerDetails.of(employer, profiles.warnings(employer, locale)));
    }

    @PostMapping("/api/v1/employers/{id}/verify")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "审核通过用人单位（之后可发布岗位） Approve an employer, so it may publish jobs")
    EmployerDetails verify(@PathVariable UUID id, Authentication caller, Locale locale) {
        Employer employer = profiles.verify(id, caller.getName());
        return EmployerDetails.of(employer, profiles.warnings(employer, locale));
    }

    @GetMapping("/api/v1/employers/{id}/identity")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @Operation(summary = "查看用人单位明文信息（须说明理由，留痕） Clear identity of an employer; reason required, audited")
    Identity identity(@PathVariable UUID id, @RequestParam String reason) {
        return profiles.reveal(id, Reasons.require(reason));
    }
}
