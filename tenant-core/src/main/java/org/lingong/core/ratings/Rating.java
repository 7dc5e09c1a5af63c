package org.lingong.core.ratings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One side's rating of the other on one order. It has no setters: a rating is final once given. */
@Entity
@Table(name = "order_rating")
class Rating {

    @Id
    private UUID id;
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private RatingSide raterSide;
    private UUID rateeId;
    private String raterAccount;
    private short stars;
    private String tags;
    private String comment;
    private Instant createdAt;

    protected Rating() {
    }

    Rating(UUID orderId, RatingSide raterSide, UUID rateeId, String raterAccount, int stars, List<String> tags,
           String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.raterSide = raterSide;
        this.rateeId = rateeId;
        this.raterAccount = raterAccount;
        this.stars = (short) stars;
        this.tags = String.join(",", tags);
        this.comment = comment;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    RatingDetails details() {
        List<String> tagList = tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
        return new RatingDetails(id, orderId, raterSide, stars, tagList, comment, createdAt);
    }
}
