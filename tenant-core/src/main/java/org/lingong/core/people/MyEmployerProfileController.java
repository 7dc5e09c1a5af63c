package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employer's own profile in its city. */
@RestController
@RequestMapping("/api/v1/employers/me")
@PreAuthorize(Roles.Allow.EMPLOYER)
@Tag(name = "employers", description = "用人单位 Employers")
class MyEmployerProfileController {

    private final EmployerRepository employers;
    private final EmployerProfiles profiles;

    MyEmployerProfileController(EmployerRepository employers, EmployerProfiles profiles) {
        this.employers = employers;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "查看本单位档案 Own employer profile (masked)")
    EmployerDetails get(@AuthenticationPrincipal Jwt caller, Locale locale) {
        Employer employer = employers.findByAccountId(caller.getSubject())
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_NOT_FOUND));
        return EmployerDetails.of(employer, profiles.warnings(employer, locale));
    }

    @PutMapping
    @Operation(summary = "填写或修改本单位档案（待审核） Create or replace own employer profile (awaits approval)")
    EmployerDetails put(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody EmployerProfile profile, Locale locale) {
        return profiles.save(caller.getSubject(), profile, locale);
    }
}
