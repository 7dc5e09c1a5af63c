package org.lingong.core.settlement;

import java.time.Instant;
import java.util.UUID;

/**
 * A wage-arrears report as staff and the worker see it; {@code resolvedByPayment} is set when the worker's confirmation
 * of a later payment closed it.
 */
record WageArrearsDetails(UUID id, UUID orderId, UUID paymentId, UUID workerId, UUID employerId,
                              long amountOwedFen, String reason, ArrearsStatus status, Instant reportedAt,
                              Instant resolvedAt, String resolutionNote, UUID resolvedByPayment) {
}
