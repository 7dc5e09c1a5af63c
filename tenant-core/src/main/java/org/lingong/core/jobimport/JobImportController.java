package org.lingong.core.jobimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/jobs/imports?format=csv|json|xlsx&fileName=…} with the file as the body answers 202 with the
 * progress document to poll; the report lists every rejected row with its reasons.
 */
@RestController
@Tag(name = "jobs")
class JobImportController {

    /** Larger feeds are split by the sender; 10 MB is ample for 10,000 rows. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JobImporter importer;

    JobImportController(JobImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/api/v1/jobs/imports")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "批量导入岗位（CSV / JSON / xlsx）/ Bulk-import jobs from a feed file")
    ResponseEntity<ImportProgress> start(@RequestParam String format, @RequestParam(required = false) String fileName,
                                         @RequestBody byte[] file, Authentication caller) {
        if (file.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.IMPORT_TOO_LARGE, JobImporter.MAX_ROWS);
        }
        ImportProgress progress = importer.start(ImportFormat.parse(format), fileName, file, caller.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/imports/" + progress.id())).body(progress);
    }

    @GetMapping("/api/v1/jobs/imports/{id}")
    @PreAuthorize(Roles.Allow.CITY_STAFF)
    @Operation(summary = "导入进度与被拒行报告 / Import progress and the rejected rows")
    ImportProgress progress(@PathVariable UUID id) {
        return importer.progress(id);
    }
}
