package org.lingong.core.network;

/** A carrier's life: planned, open, temporarily suspended, closed. */
enum CarrierStatus {
    PLANNED, OPEN, SUSPENDED, CLOSED
}
