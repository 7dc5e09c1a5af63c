package org.lingong.core.jobs;

/** A job's life: only OPEN jobs are searchable and can be grabbed. */
public enum JobStatus {
    DRAFT, OPEN, FILLED, CLOSED, EXPIRED, TAKEN_DOWN
}
