package org.lingong.core.jobs;

/**
 * A job's life: only OPEN jobs are searchable and can be grabbed. HELD is a posting screening kept back for review:
 * never public, until a reviewer releases it (OPEN) or takes it down.
 */
public enum JobStatus {
    DRAFT, OPEN, FILLED, CLOSED, EXPIRED, TAKEN_DOWN, HELD
}
