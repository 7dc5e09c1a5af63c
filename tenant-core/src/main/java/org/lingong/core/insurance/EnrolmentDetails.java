package org.lingong.core.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An enrolment as responses show it: {@code orderId} for per-order cover, {@code coverDate} for per-day cover. */
public record EnrolmentDetails(UUID id, UUID orderId, UUID workerId, LocalDate coverDate, InsuranceType type,
                            String insurer, String policyNumber, Instant coverageStart, Instant coverageEnd,
                            long premiumFen, PremiumPayer paidBy, Instant recordedAt) {
}
