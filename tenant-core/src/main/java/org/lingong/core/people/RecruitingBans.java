package org.lingong.core.people;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the city's sanctions say about an employer recruiting now. Declared here, where other features ask about an
 * employer ({@link EmployerVerification#requireMayRecruit}); the sanctions feature implements it.
 */
public interface RecruitingBans {

    /** A suspension ({@code until} set) or a closure ({@code until} null) in force, with its grounds. */
    record Ban(Instant until, String grounds) {
    }

    /** The ban in force on this employer of the current city at this instant, if any. */
    Optional<Ban> inForce(UUID employerId, Instant at);
}
