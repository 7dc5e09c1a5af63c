package org.lingong.core.jobimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/jobs/imports?format=csv|json|xlsx&fileName=…} with the file as the body answers 202 with the
 * progress document to poll; the report lists every rejected row with its reasons.
 */
@RestController
@Tag(name = "jobs")
class JobImportController {

    private final JobImporter importer;

    JobImportController(JobImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/api/v1/jobs/imports")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "批量导入岗位（CSV / JSON / xlsx）/ Bulk-import jobs from a feed file",
            description = "至多 10 MB、10,000 行，超出即 413 / At most 10 MB and 10,000 rows, else 413",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<ImportProgress> start(@RequestParam String format, @RequestParam(required = false) String fileName,
                                         HttpServletRequest request, Authentication caller) throws IOException {
        ImportFormat feed = ImportFormat.parse(format);
        // A declared length over the limit is refused before a byte is read; an undeclared one is counted as it is read.
        if (request.getContentLengthLong() > ImportFormat.MAX_BYTES) {
            throw ImportFormat.tooLarge();
        }
        ImportProgress progress = importer.start(feed, fileName, request.getInputStream(), caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/imports/" + progress.id())).body(progress);
    }

    @GetMapping("/api/v1/jobs/imports/{id}")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "导入进度与被拒行报告 / Import progress and the rejected rows")
    ImportProgress progress(@PathVariable UUID id) {
        return importer.progress(id);
    }
}
