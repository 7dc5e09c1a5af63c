package org.lingong.core.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobRepository extends JpaRepository<Job, UUID> {

    Page<Job> findByStatusOrderByCreatedAtDesc(JobStatus status, Pageable page);

    Page<Job> findAllByOrderByCreatedAtDesc(Pageable page);

    boolean existsBySourceNameAndExternalRef(String sourceName, String externalRef);

    void deleteByStatusAndUpdatedAtBefore(JobStatus status, Instant before);

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
}
