package org.lingong.core.complaints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as staff and its reporter see it. {@code reporterName} is masked and null when the complaint is anonymous
 * or came by hotline; {@code next} lists the steps staff may take now; {@code steps} are oldest first, and {@code by}
 * in them is shown to staff only.
 */
record ComplaintDetails(UUID id, long number, SubjectKind subjectKind, UUID subjectId, String subjectName,
                        ComplaintCategory category, String text, Channel channel, boolean anonymous,
                        String reporterName, ComplaintStatus status, List<ComplaintStatus> next, Instant receivedAt,
                        Instant dueAt, Urgency urgency, Instant escalatedAt, List<Step> steps) {

    record Step(ComplaintStatus status, String note, String by, Instant at, Instant dueAt) {
    }
}
