package org.lingong.core.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.people.PriorityGroup;

/**
 * A job as the API shows it. {@code poster} tells a job the employer posted itself from one staff posted for it (代发布)
 * or for a department, agency or feed; who among the staff is only in the audit trail.
 */
public record JobDetails(UUID id, String title, String category, String description, JobPosting.Wage wage, int slots,
                      int filled, JobPosting.Location location, String address, Long marketId, Instant startsAt,
                      Instant endsAt, JobPosting.Term term, String requirements,
                      JobPosting.ContactPolicy contactPolicy, JobPosting.Source source, UUID employerId, Poster poster,
                      List<PriorityGroup> priorityGroups,
                      JobStatus status, Instant validUntil, String statusReason, Instant createdAt, Instant updatedAt,
                      long version, @JsonInclude(JsonInclude.Include.NON_NULL) List<ScreeningVerdict.Hit> screening) {

    /** The job as its poster sees it right after posting or publishing: with what screening found, if anything. */
    JobDetails screened(ScreeningVerdict verdict) {
        return verdict.hits().isEmpty() ? this : new JobDetails(id, title, category, description, wage, slots, filled,
                location, address, marketId, startsAt, endsAt, term, requirements, contactPolicy, source, employerId,
                poster, priorityGroups, status, validUntil, statusReason, createdAt, updatedAt, version,
                verdict.hits());
    }
}
