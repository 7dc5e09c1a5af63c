package org.lingong.core.orders;

/** The side that made a change, as order history shows it. */
enum ActorRole {
    WORKER, EMPLOYER, STAFF, SYSTEM
}
