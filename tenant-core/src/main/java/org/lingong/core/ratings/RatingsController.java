package org.lingong.core.ratings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The two sides of a done order rate each other; both, and staff, read the ratings and each side's standing. */
@RestController
@Tag(name = "ratings", description = "评价 Ratings: the worker and the employer of a done order rate each other")
class RatingsController {

    private final Ratings ratings;

    RatingsController(Ratings ratings) {
        this.ratings = ratings;
    }

    @PostMapping("/api/v1/orders/{id}/ratings")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "评价对方（完工后，每方一次，提交后不可修改）/ Rate the other side of a done order (once, final)")
    ResponseEntity<RatingDetails> giveRating(@PathVariable UUID id, @Valid @RequestBody Ratings.RatingRequest request,
                                       Authentication caller) {
        RatingDetails rating = ratings.rate(id, request, caller);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + id + "/ratings")).body(rating);
    }

    @GetMapping("/api/v1/orders/{id}/ratings")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "订单的评价及双方的综合评分 / The order's ratings and both sides' average and count")
    Ratings.OrderRatings ratingsOfOrder(@PathVariable UUID id, Authentication caller) {
        return ratings.ofOrder(id, caller);
    }
}
