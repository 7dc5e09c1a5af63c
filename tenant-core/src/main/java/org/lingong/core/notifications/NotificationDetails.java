package org.lingong.core.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as the inbox and the stream show it, with its text in the reader's language. A nearby job has
 * {@code distanceMetres}; an order step has {@code orderId} and {@code orderStatus}.
 */
record NotificationDetails(long id, Notification.Kind kind, UUID jobId, String title, String body, String jobTitle,
                           String category, long wageAmountFen, String wageUnit, Integer distanceMetres, UUID orderId,
                           String orderStatus, Instant createdAt, boolean read) {
}
