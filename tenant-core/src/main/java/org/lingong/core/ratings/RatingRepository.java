package org.lingong.core.ratings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, UUID> {

    List<Rating> findByOrderIdOrderByCreatedAtAsc(UUID orderId);

    boolean existsByOrderIdAndRaterSide(UUID orderId, RatingSide raterSide);

    /** Average stars and count of the ratings given by one side about one person (a worker or an employer). */
    @Query("select avg(r.stars) as average, count(r) as count from Rating r"
            + " where r.raterSide = :raterSide and r.rateeId = :rateeId")
    Aggregate aggregate(RatingSide raterSide, UUID rateeId);

    interface Aggregate {
        Double getAverage();

        Long getCount();
    }
}
