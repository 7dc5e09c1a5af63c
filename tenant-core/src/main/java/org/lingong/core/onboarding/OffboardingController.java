package org.lingong.core.onboarding;

import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Offboarding a suspended city, and downloading the export that offboarding made of its data. */
@RestController
class OffboardingController {

    private final Offboarder offboarder;

    OffboardingController(Offboarder offboarder) {
        this.offboarder = offboarder;
    }

    @PostMapping("/api/v1/platform/tenants/{code}/offboard")
    Offboarder.OffboardingResult offboard(@PathVariable String code) {
        return offboarder.offboard(code);
    }

    @GetMapping("/api/v1/platform/tenants/{code}/exports/{name}")
    ResponseEntity<FileSystemResource> export(@PathVariable String code, @PathVariable String name) {
        Path file = offboarder.exportFile(code, name);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
