package org.lingong.core.prioritygroups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.lingong.core.people.PriorityGroup;

/**
 * A certificate as staff and the worker see it. {@code STANDING}: it counts (until the end of {@code validUntil},
 * China's calendar); {@code EXPIRED} and {@code REVOKED} are kept as the record of who decided what.
 */
record CertificateDetails(UUID id, UUID workerId, PriorityGroup priorityGroup, Evidence evidence, String certifiedBy,
                          Instant certifiedAt, LocalDate validUntil, Status status, String revokedBy,
                          Instant revokedAt, String revokeReason) {

    enum Status { STANDING, EXPIRED, REVOKED }
}
