package org.lingong.core.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The secret behind a job's check-in code, which the employer shows a worker whose position cannot be used. */
@Entity
@Table(name = "job_check_in_code")
class JobCheckInCode {

    @Id
    private UUID jobId;
    private String secret;
    private Instant createdAt;

    protected JobCheckInCode() {
    }

    JobCheckInCode(UUID jobId, Instant now) {
        this.jobId = jobId;
        this.secret = RotatingCode.newSecret();
        this.createdAt = now;
    }

    RotatingCode rotating() {
        return new RotatingCode(secret, jobId.toString());
    }
}
