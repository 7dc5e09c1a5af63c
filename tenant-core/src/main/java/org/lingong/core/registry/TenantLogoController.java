package org.lingong.core.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's logo uploaded as a file, kept in PostgreSQL and served to anyone: uploading points the branding's logo
 * address at {@code <public url>/t/<city>/api/v1/tenant/logo?v=<fingerprint>}, so every page showing the logo address
 * shows the new logo at once (the fingerprint changes the address, so no cache keeps the old one).
 */
@RestController
@Tag(name = "tenant")
class TenantLogoController {

    static final String PATH = "/api/v1/tenant/logo";
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final TenantRepository tenants;
    private final TenantLogos logos;
    private final AuditLog audit;
    private final String publicUrl;

    TenantLogoController(TenantRepository tenants, TenantLogos logos, AuditLog audit,
                         @Value("${lingong.public-url}") String publicUrl) {
        this.tenants = tenants;
        this.logos = logos;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @PutMapping("/api/v1/tenant/branding/logo")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "上传本市标志（PNG/JPEG/WebP，不超过 256 KB，不接受 SVG）/ Upload the city's logo (PNG, JPEG "
            + "or WebP up to 256 KB; no SVG)", requestBody = @RequestBody(content = {
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))}))
    TenantProfileController.TenantProfile upload(HttpServletRequest request, Authentication caller) throws IOException {
        if (request.getContentLengthLong() > LogoImage.MAX_BYTES) {
            throw LogoImage.tooLarge();
        }
        LogoImage logo = LogoImage.check(request.getContentType(),
                request.getInputStream().readNBytes(LogoImage.MAX_BYTES + 1));
        Tenant tenant = current();
        logos.save(tenant.code().value(), logo, caller.getName());
        tenant.showLogo(address(tenant) + "?v=" + logo.sha256().substring(0, 16));
        audit.record("tenant.logo.uploaded", tenant.code().value(),
                logo.contentType() + " " + logo.bytes().length + " bytes sha256 " + logo.sha256());
        return TenantProfileController.TenantProfile.of(tenant);
    }

    @DeleteMapping("/api/v1/tenant/branding/logo")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "删除上传的标志（标志地址若指向它则一并清空）/ Remove the uploaded logo (and the logo address "
            + "if it pointed at it)")
    TenantProfileController.TenantProfile remove() {
        Tenant tenant = current();
        if (!logos.delete(tenant.code().value())) {
            throw new ProblemException(ProblemType.LOGO_NOT_FOUND);
        }
        String shown = tenant.branding() == null ? null : tenant.branding().logoUrl();
        if (shown != null && shown.startsWith(address(tenant))) {
            tenant.showLogo(null);
        }
        audit.record("tenant.logo.removed", tenant.code().value(), null);
        return TenantProfileController.TenantProfile.of(tenant);
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    @Operation(summary = "本市标志图片（公开，支持 ETag / If-None-Match）/ The city's logo (public, ETag and 304)")
    ResponseEntity<byte[]> logo(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String tenant = CurrentTenant.require().value();
        TenantLogos.Stored stored = logos.find(tenant)
                .orElseThrow(() -> new ProblemException(ProblemType.LOGO_NOT_FOUND));
        if (matches(ifNoneMatch, stored.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(stored.etag()).cacheControl(CACHE).build();
        }
        byte[] bytes = logos.bytes(tenant).orElseThrow(() -> new ProblemException(ProblemType.LOGO_NOT_FOUND));
        return ResponseEntity.ok().eTag(stored.etag()).cacheControl(CACHE)
                .contentType(MediaType.parseMediaType(stored.contentType()))
                // An image, never anything a browser might run or guess.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .body(bytes);
    }

    /** {@code If-None-Match} may list several tags, weak ones or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
    }

    /** Where browsers fetch this city's logo: through the gateway's public address, by path. */
    private String address(Tenant tenant) {
        return publicUrl + "/t/" + tenant.code().value() + PATH;
    }

    private Tenant current() {
        String code = CurrentTenant.require().value();
        return tenants.findById(code).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
    }
}
