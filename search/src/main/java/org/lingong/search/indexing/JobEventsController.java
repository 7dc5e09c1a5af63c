package org.lingong.search.indexing;

import co.elastic.clients.elasticsearch._types.VersionType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.jobs.JobDocument;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service: tenant-core's outbox relay delivers job events here, in outbox order. */
@RestController
@Tag(name = "internal")
class JobEventsController {

    static final int MAX_BATCH = 500;

    private final JobWriter writer;

    JobEventsController(JobWriter writer) {
        this.writer = writer;
    }

    record JobEvent(long eventId, @NotBlank String type, @NotNull UUID jobId, long version,
            @NotNull @Valid JobDocument job) {
    }

    record JobEvents(@NotNull @Size(max = MAX_BATCH) List<@NotNull @Valid JobEvent> events) {
    }

    record Applied(int applied, int ignored) {
    }

    @PostMapping("/internal/v1/tenants/{tenant}/job-events")
    @Operation(operationId = "applyJobEvents",
            summary = "Apply job events (at most 500, in outbox order) to the tenant's documents",
            description = "Idempotent: the document version is the job version, so an event not newer than the "
                    + "stored document is ignored (and counted). OPEN and FILLED jobs are upserted, others deleted. "
                    + "503 when Elasticsearch cannot take them; the relay retries.")
    Applied apply(@PathVariable String tenant, @Valid @RequestBody JobEvents body) {
        List<JobDocument> jobs = body.events().stream().map(JobEventsController::versioned).toList();
        JobWriter.Outcome outcome = writer.write(TenantCode.require(tenant), jobs, VersionType.External, null);
        return new Applied(outcome.applied(), outcome.ignored());
    }

    private static JobDocument versioned(JobEvent event) {
        JobDocument job = event.job();
        if (!job.jobId().equals(event.jobId()) || job.version() != event.version()) {
            throw new ProblemException(ProblemType.INCONSISTENT_JOB_EVENT, String.valueOf(event.eventId()));
        }
        return job;
    }
}
