package org.lingong.core.settlement;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment as responses show it. {@code agreedFen} is the order's wage when countable, and {@code comparedToAgreed}
 * tells the worker at a glance whether the amount falls short of it.
 */
record PaymentDetails(UUID id, UUID orderId, UUID workerId, UUID employerId, long amountFen, Long agreedFen,
                          WageComparison comparedToAgreed, PaymentMethod method, Instant paidAt, String reference,
                          PaymentStatus status, Instant recordedAt, Instant answeredAt) {
}
