package org.lingong.search.indexing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.jobs.JobDocument;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service: tenant-core rebuilds a tenant's documents by streaming all its open and filled jobs. */
@RestController
@Tag(name = "internal")
@RequestMapping("/internal/v1/tenants/{tenant}/reindex")
class ReindexController {

    private final Reindexer reindexer;

    ReindexController(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    record Started(String runId) {
    }

    record Documents(@NotNull @Size(max = JobEventsController.MAX_BATCH) List<@NotNull @Valid JobDocument> jobs) {
    }

    record Written(int written, int ignored) {
    }

    @PostMapping
    @Operation(operationId = "startReindex", summary = "Start a re-index run of the tenant's jobs")
    Started start(@PathVariable String tenant) {
        TenantCode.require(tenant);
        return new Started(ReindexRun.start().id());
    }

    @PostMapping("/{runId}/documents")
    @Operation(operationId = "reindexDocuments", summary = "Write a batch (at most 500) of the run's jobs",
            description = "Written with version_type external_gte: a document newer than the streamed job is kept "
                    + "(counted as ignored).")
    Written documents(@PathVariable String tenant, @PathVariable String runId, @Valid @RequestBody Documents body) {
        JobWriter.Outcome outcome = reindexer.write(TenantCode.require(tenant), ReindexRun.of(runId), body.jobs());
        return new Written(outcome.applied(), outcome.ignored());
    }

    @PostMapping("/{runId}/finish")
    @Operation(operationId = "finishReindex",
            summary = "Delete the tenant's documents this run did not write and that were last updated before it "
                    + "started; count what it wrote")
    Reindexer.Finished finish(@PathVariable String tenant, @PathVariable String runId) {
        return reindexer.finish(TenantCode.require(tenant), ReindexRun.of(runId));
    }
}
