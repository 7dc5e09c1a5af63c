package org.lingong.core.searchindex;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.jobs.JobStatus;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.jobs.SourceChannel;
import org.lingong.core.jobs.WageUnit;
import org.lingong.core.people.PriorityGroup;

/**
 * A job as the search service indexes it (contract of issue 5): tenant-core computes every derived value — free slots,
 * the wage per day — and search stores them as they come.
 */
record JobDocument(UUID jobId, String title, String description, String category, long wageAmountFen,
                          WageUnit wageUnit, Long wagePerDayFen, JobPosting.Location location, String address,
                          Long marketId, Instant startsAt, Instant endsAt, JobPosting.Term term, int slots,
                          int slotsOpen, SourceChannel sourceChannel, List<PriorityGroup> priorityGroups,
                          JobStatus status, Instant validUntil, Instant createdAt, Instant updatedAt, long version) {

    public static JobDocument of(JobDetails job) {
        WageUnit unit = job.wage().unit();
        long amount = job.wage().amountFen();
        return new JobDocument(job.id(), job.title(), job.description(), job.category(), amount, unit,
                unit.perDayFen(amount), job.location(), job.address(), job.marketId(), job.startsAt(), job.endsAt(),
                job.term(), job.slots(), job.slots() - job.filled(), job.source().channel(), job.priorityGroups(),
                job.status(), job.validUntil(), job.createdAt(), job.updatedAt(), job.version());
    }
}
