package org.lingong.search.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lingong.search.jobs.JobDocument.JobStatus;
import org.lingong.search.jobs.JobDocument.SourceChannel;
import org.lingong.search.jobs.JobDocument.Term;
import org.lingong.search.jobs.JobDocument.WageUnit;

/**
 * A job as stored in the jobs index: the {@link JobDocument} plus its tenant (the routing key and the alias filter),
 * the location as an Elasticsearch {@code geo_point} ({@code lat}/{@code lon}), and the re-index run that last wrote
 * it, if any.
 */
public record IndexedJob(
        String tenant,
        UUID jobId,
        String title,
        @Nullable String description,
        String category,
        long wageAmountFen,
        WageUnit wageUnit,
        @Nullable Long wagePerDayFen,
        GeoPoint location,
        @Nullable String address,
        @Nullable Long marketId,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable Term term,
        int slots,
        int slotsOpen,
        @Nullable SourceChannel sourceChannel,
        @Nullable List<String> priorityGroups,
        JobStatus status,
        @Nullable Instant validUntil,
        @Nullable Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable String reindexRun) {

    public record GeoPoint(double lat, double lon) {
    }

    public static IndexedJob of(String tenant, JobDocument job, @Nullable String reindexRun) {
        return new IndexedJob(tenant, job.jobId(), job.title(), job.description(), job.category(),
                job.wageAmountFen(), job.wageUnit(), job.wagePerDayFen(),
                new GeoPoint(job.location().latitude(), job.location().longitude()), job.address(), job.marketId(),
                job.startsAt(), job.endsAt(), job.term(), job.slots(), job.slotsOpen(), job.sourceChannel(),
                job.priorityGroups() == null ? List.of() : job.priorityGroups(), job.status(), job.validUntil(),
                job.createdAt(), job.updatedAt(), job.version(), reindexRun);
    }

    /**
     * The document id: tenant and job, so that even a job id repeated in another tenant (it never should be) could
     * not overwrite a document of a different tenant.
     */
    public static String idOf(String tenant, UUID jobId) {
        return tenant + ":" + jobId;
    }
}
