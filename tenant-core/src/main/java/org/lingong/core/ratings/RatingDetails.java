package org.lingong.core.ratings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rating as responses show it: {@code by} is the side that gave it (the other side is the one rated); the comment is
 * the masked text as stored. No account names: the parties know each other by the order.
 */
record RatingDetails(UUID id, UUID orderId, RatingSide by, int stars, List<String> tags, String comment,
                     Instant createdAt) {
}
