package org.lingong.core.sanctions;

/** How a sanction ended other than by its term. */
enum Outcome {
    /** The check found the order to correct obeyed, or not (the city may then climb the ladder). */
    CORRECTED, NOT_CORRECTED,
    /** A suspension or closure ended early by the city admin. */
    LIFTED,
    /** Annulled on appeal. */
    REVOKED
}
