package org.lingong.core.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notification as the inbox and the stream show it, with its text in the reader's language. */
record NotificationDetails(long id, UUID jobId, String title, String body, String jobTitle, String category,
                        long wageAmountFen, String wageUnit, int distanceMetres, Instant createdAt, boolean read) {
}
