package org.lingong.core.orders;

/** The side that made a change, as order history shows it. */
public enum ActorRole {
    WORKER, EMPLOYER, STAFF, SYSTEM
}
