package org.lingong.core.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.core.people.PriorityGroup;

/**
 * Everything an employer or market staff says about a gig, in one call ("5 秒发单"). Staff name the employer in
 * {@code onBehalfOf} when they post for one who phoned or walked in (代发布).
 */
public record JobPosting(
        @NotBlank @Size(min = 2, max = 60) String title,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9_]{1,40}", message = "{jobs.category}") String category,
        @Size(max = 2000) String description,
        @NotNull @Valid Wage wage,
        @NotNull @Min(1) @Max(10_000) Integer slots,
        @NotNull @Valid Location location,
        @Size(max = 200) String address,
        @Positive Long marketId,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull Term term,
        @Size(max = 1000) String requirements,
        @NotNull ContactPolicy contactPolicy,
        @NotNull @Valid Source source,
        @Size(max = 7) List<@NotNull PriorityGroup> priorityGroups,
        Instant validUntil,
        Boolean draft,
        UUID onBehalfOf) {

    /** How long an open job stays up when the poster names no validity (A 三(七) 发布时效). */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    public enum Term { SHORT, LONG }

    /** Whether the worker sees the employer's contact at once on the platform only, or after being accepted. */
    public enum ContactPolicy { PLATFORM_ONLY, AFTER_ACCEPTANCE }

    public record Wage(@NotNull @Positive Long amountFen, @NotNull WageUnit unit) {

        @AssertTrue(message = "{jobs.wage.absurd}")
        boolean isPlausible() {
            return unit == null || amountFen == null || amountFen <= unit.ceilingFen();
        }
    }

    /** WGS-84, within mainland China's bounding box. */
    public record Location(
            @NotNull @DecimalMin(value = "3.8", message = "{jobs.location}") @DecimalMax(value = "53.6", message = "{jobs.location}") Double latitude,
            @NotNull @DecimalMin(value = "73.5", message = "{jobs.location}") @DecimalMax(value = "135.1", message = "{jobs.location}") Double longitude) {
    }

    public record Source(@NotNull SourceChannel channel, @Size(max = 100) String name, @Size(max = 100) String externalRef) {

        @AssertTrue(message = "{jobs.source.name}")
        boolean isNamed() {
            return channel == null || !channel.needsSourceName() || (name != null && !name.isBlank());
        }
    }

    @AssertTrue(message = "{jobs.endsAfterStart}")
    boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "{jobs.validUntil}")
    boolean isValidityWithinTheJob() {
        return validUntil == null || endsAt == null || !validUntil.isAfter(endsAt);
    }

    /** Saved as a draft to publish later, rather than opened at once. */
    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** The poster's validity, or 30 days, but never past the job's end. */
    Instant validUntilOrDefault(Instant now) {
        if (validUntil != null) {
            return validUntil;
        }
        Instant thirtyDays = now.plus(DEFAULT_VALIDITY);
        return endsAt.isBefore(thirtyDays) ? endsAt : thirtyDays;
    }
}
