package org.lingong.core.ratings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.text.FreeText;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.orders.ActorRole;
import org.lingong.core.orders.OrderDetails;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.orders.OrderStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives and reads the ratings of an order. A rating is allowed once the work is done (COMPLETED, or SETTLED after the
 * payment) — never on a cancelled or missed order, whose work never happened — within {@link #WINDOW} of the order's
 * end, once per side, and is final: there is no way to change or withdraw it, so neither side can bargain over it.
 */
@Service
class Ratings {

    /** How long after the end of the work a side may still rate. */
    static final Duration WINDOW = Duration.ofDays(30);
    static final int COMMENT_MAX = 200;
    private static final Set<OrderStatus> DONE = Set.of(OrderStatus.COMPLETED, OrderStatus.SETTLED);

    record RatingRequest(@NotNull @Min(1) @Max(5) Integer stars,
                         @Size(max = 6) List<@NotBlank @Size(max = 32) String> tags,
                         @Size(max = COMMENT_MAX) String comment) {
    }

    /** A person's ratings from the other side: average stars (one decimal; null before any) and how many. */
    record Standing(BigDecimal average, long count) {
    }

    /**
     * The order's ratings and both parties' standing; {@code mayRate} says whether the caller may rate now, and
     * {@code tags} what they may choose from.
     */
    record OrderRatings(UUID orderId, List<RatingDetails> ratings, Standing worker, Standing employer, boolean mayRate,
                        List<String> tags) {
    }

    private final RatingRepository ratings;
    private final OrderLifecycle orders;
    private final AuditLog audit;
    private final Clock clock;

    Ratings(RatingRepository ratings, OrderLifecycle orders, AuditLog audit, Clock clock) {
        this.ratings = ratings;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    RatingDetails rate(UUID orderId, RatingRequest request, Authentication caller) {
        OrderLifecycle.Party party = orders.partyOf(orderId, caller);
        RatingSide side = raterSide(party);
        Optional<ProblemException> refused = refusal(party.order(), side);
        if (refused.isPresent()) {
            throw refused.get();
        }
        List<String> allowed = RatingTag.about(side.other());
        List<String> tags = request.tags() == null ? List.of() : request.tags().stream().map(String::strip)
                .distinct().toList();
        tags.stream().filter(tag -> !allowed.contains(tag)).findFirst().ifPresent(tag -> {
            throw new ProblemException(ProblemType.RATING_TAG_UNKNOWN, tag);
        });
        OrderDetails order = party.order();
        UUID ratee = side == RatingSide.WORKER ? order.employerId() : order.workerId();
        // The unique (order, side) index refuses a second rating racing this one (409 already-exists).
        Rating rating = ratings.saveAndFlush(new Rating(orderId, side, ratee, caller.getName(), request.stars(), tags,
                FreeText.clean(request.comment()), clock.instant()));
        audit.record("rating.given", rating.id().toString(), "order=" + orderId + "; by=" + side + "; stars="
                + request.stars() + "; tags=" + tags.size());
        return rating.details();
    }

    @Transactional(readOnly = true)
    OrderRatings ofOrder(UUID orderId, Authentication caller) {
        OrderLifecycle.Party party = orders.partyOf(orderId, caller);
        OrderDetails order = party.order();
        boolean mayRate = party.side() != ActorRole.STAFF && refusal(order, raterSide(party)).isEmpty();
        List<String> tags = party.side() == ActorRole.STAFF ? List.of() : RatingTag.about(raterSide(party).other());
        return new OrderRatings(orderId, ratings.findByOrderIdOrderByCreatedAtAsc(orderId).stream()
                .map(Rating::details).toList(),
                standing(RatingSide.EMPLOYER, order.workerId()),
                order.employerId() == null ? null : standing(RatingSide.WORKER, order.employerId()),
                mayRate, tags);
    }

    /** The rating side of a party; staff see ratings but give none. */
    private static RatingSide raterSide(OrderLifecycle.Party party) {
        return switch (party.side()) {
            case WORKER -> RatingSide.WORKER;
            case EMPLOYER -> RatingSide.EMPLOYER;
            case STAFF, SYSTEM -> throw new ProblemException(ProblemType.RATING_PARTY_ONLY);
        };
    }

    /** Why this side may not rate the order now, if it may not. */
    private Optional<ProblemException> refusal(OrderDetails order, RatingSide side) {
        if (!DONE.contains(order.status())) {
            return Optional.of(new ProblemException(ProblemType.RATING_ORDER_NOT_DONE, order.status()));
        }
        if (side == RatingSide.WORKER && order.employerId() == null) {
            return Optional.of(new ProblemException(ProblemType.RATING_NO_EMPLOYER));
        }
        if (clock.instant().isAfter(order.endsAt().plus(WINDOW))) {
            return Optional.of(new ProblemException(ProblemType.RATING_WINDOW_CLOSED, WINDOW.toDays()));
        }
        if (ratings.existsByOrderIdAndRaterSide(order.id(), side)) {
            return Optional.of(new ProblemException(ProblemType.RATING_EXISTS));
        }
        return Optional.empty();
    }

    private Standing standing(RatingSide raterSide, UUID ratee) {
        RatingRepository.Aggregate aggregate = ratings.aggregate(raterSide, ratee);
        BigDecimal average = aggregate.getAverage() == null ? null
                : BigDecimal.valueOf(aggregate.getAverage()).setScale(1, RoundingMode.HALF_UP);
        return new Standing(average, aggregate.getCount());
    }
}
