package org.lingong.core.jobs;

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
                      long version) {
}
