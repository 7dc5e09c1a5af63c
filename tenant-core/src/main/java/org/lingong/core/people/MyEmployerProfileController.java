package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
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

/** An employer's own profile in its city, its business licence and where its review stands. */
@RestController
@RequestMapping("/api/v1/employers/me")
@PreAuthorize(Roles.Allow.EMPLOYER)
@Tag(name = "employers", description = "用人单位 Employers")
class MyEmployerProfileController {

    private final EmployerRepository employers;
    private final EmployerProfiles profiles;
    private final EmployerLicences licences;

    MyEmployerProfileController(EmployerRepository employers, EmployerProfiles profiles, EmployerLicences licences) {
        this.employers = employers;
        this.profiles = profiles;
        this.licences = licences;
    }

    @GetMapping
    @Operation(summary = "查看本单位档案与审核状态（脱敏） Own employer profile (masked) with its review status, "
            + "the staff's note and the licence's fingerprint")
    EmployerDetails get(@AuthenticationPrincipal Jwt caller) {
        return profiles.details(employers.findByAccountId(caller.getSubject())
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_NOT_FOUND)));
    }

    @PutMapping
    @Operation(summary = "填写或修改本单位档案（已上传营业执照则提交审核） Create or replace own employer profile; "
            + "with a licence on file it goes to the review queue (PENDING)")
    EmployerDetails put(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody EmployerProfile profile) {
        return profiles.save(caller.getSubject(), profile);
    }

    /**
     * The body is the image itself, whatever its Content-Type: its type is read from its first bytes. Read to one
     * byte past the city's limit, so a body without a declared length cannot make the service hold more.
     */
    @PutMapping("/licence")
    @Operation(summary = "上传营业执照（PNG 或 JPEG，按文件内容判断，默认不超过 5 MB，可由本市设置），提交审核 "
            + "Upload the business licence: the request body is the PNG or JPEG image (type judged by its bytes, "
            + "at most the city's limit, 5 MB by default); the profile goes to the review queue (PENDING)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
    EmployerDetails uploadLicence(HttpServletRequest request, @AuthenticationPrincipal Jwt caller) throws IOException {
        int limit = licences.maxBytes();
        if (request.getContentLengthLong() > limit) {
            throw licences.tooLarge();
        }
        return profiles.upload(caller.getSubject(), licences.check(request.getInputStream().readNBytes(limit + 1)));
    }
}
