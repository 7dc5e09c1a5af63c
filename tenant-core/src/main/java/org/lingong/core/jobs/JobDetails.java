package org.lingong.core.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.people.PriorityGroup;

/** A job as the API shows it. */
public record JobDetails(UUID id, String title, String category, String description, JobPosting.Wage wage, int slots,
                      int filled, JobPosting.Location location, String address, Long marketId, Instant startsAt,
                      Instant endsAt, JobPosting.Term term, String requirements,
                      JobPosting.ContactPolicy contactPolicy, JobPosting.Source source, UUID employerId,
                      List<PriorityGroup> priorityGroups,
                      JobStatus status, Instant validUntil, String statusReason, Instant createdAt, Instant updatedAt,
                      long version) {
}
