package org.lingong.core.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JobRepository extends JpaRepository<Job, UUID> {

    Page<Job> findByStatusOrderByCreatedAtDesc(JobStatus status, Pageable page);

    Page<Job> findAllByOrderByCreatedAtDesc(Pageable page);

    Page<Job> findByEmployerIdOrderByCreatedAtDesc(UUID employerId, Pageable page);

    List<Job> findByEmployerIdAndStatusIn(UUID employerId, Collection<JobStatus> statuses);

    /**
     * Jobs, newest first, whose title, source, address or employer's legal name contains the text (an escaped
     * {@link ContainsPattern}, case-insensitive), optionally in one state. No index serves a pattern that starts with
     * {@code %} (pg_trgm is not installed): PostgreSQL scans the city's jobs in parallel, about 0.1 s per 10⁵ jobs for
     * the page and again for the count. {@code in (select …)} rather than {@code exists}: the employers are matched
     * once (a hashed subplan), not once per job.
     */
    @Query("""
            select j from Job j where (:status is null or j.status = :status)
            and (j.title ilike :pattern escape '\\' or j.sourceName ilike :pattern escape '\\'
                 or j.address ilike :pattern escape '\\'
                 or j.employerId in (select e.id from Employer e where e.legalName ilike :pattern escape '\\'))
            order by j.createdAt desc""")
    Page<Job> search(JobStatus status, String pattern, Pageable page);

    boolean existsBySourceNameAndExternalRef(String sourceName, String externalRef);

    void deleteByStatusAndUpdatedAtBefore(JobStatus status, Instant before);

    /** Live jobs with this title from this source, starting then, within about 10 m of the place. */
    @Query("select count(j) from Job j where j.title = ?1 and j.sourceName is not distinct from ?2 and j.startsAt = ?3 "
            + "and abs(j.latitude - ?4) < 0.0001 and abs(j.longitude - ?5) < 0.0001 "
            + "and j.status in (org.lingong.core.jobs.JobStatus.DRAFT, org.lingong.core.jobs.JobStatus.OPEN, "
            + "org.lingong.core.jobs.JobStatus.FILLED, org.lingong.core.jobs.JobStatus.HELD)")
    long countLive(String title, String sourceName, Instant startsAt, double latitude, double longitude);

    /** One page of jobs in these states, by id after the given one (keyset paging for re-indexing). */
    @Query("select j from Job j where j.status in ?1 and j.id > ?2 order by j.id")
    List<Job> findByStatusAfterId(Collection<JobStatus> statuses, UUID after, Pageable page);

    @Query("select j from Job j where j.status = org.lingong.core.jobs.JobStatus.OPEN and j.validUntil < ?1")
    List<Job> findOpenPast(Instant now);

    interface ChannelCount {
        SourceChannel getChannel();

        long getJobs();
    }

    @Query("select j.sourceChannel as channel, count(j) as jobs from Job j "
            + "where j.status <> org.lingong.core.jobs.JobStatus.DRAFT and j.createdAt >= ?1 and j.createdAt < ?2 "
            + "group by j.sourceChannel")
    List<ChannelCount> countByChannel(Instant from, Instant to);

    /**
     * Takes one slot if the job is open, valid and not full: one conditional update, so concurrent grabs on any number
     * of replicas never fill more slots than there are. The version moves so a stale copy of the job cannot be saved.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update job set filled = filled + 1, version = version + 1, updated_at = ?2 "
            + "where id = ?1 and status = 'OPEN' and filled < slots and valid_until > ?2", nativeQuery = true)
    int takeSlot(UUID id, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update job set filled = filled - 1, version = version + 1, updated_at = ?2 "
            + "where id = ?1 and filled > 0", nativeQuery = true)
    int releaseSlot(UUID id, Instant now);
}
