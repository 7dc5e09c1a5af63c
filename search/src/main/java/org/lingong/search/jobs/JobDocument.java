package org.lingong.search.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as tenant-core sends it (issue 5 contract §1). Tenant-core computes every derived value, {@code wagePerDayFen}
 * included (null for piece rates); search stores them as they come.
 */
public record JobDocument(
        @NotNull UUID jobId,
        @NotBlank String title,
        @Nullable String description,
        @NotBlank String category,
        long wageAmountFen,
        @NotNull WageUnit wageUnit,
        @Nullable Long wagePerDayFen,
        @NotNull @Valid Position location,
        @Nullable String address,
        @Nullable Long marketId,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable Term term,
        int slots,
        int slotsOpen,
        @Nullable SourceChannel sourceChannel,
        @Nullable List<String> priorityGroups,
        @NotNull JobStatus status,
        @Nullable Instant validUntil,
        @Nullable Instant createdAt,
        @NotNull Instant updatedAt,
        long version) {

    /** WGS-84 coordinates. */
    public record Position(@NotNull Double latitude, @NotNull Double longitude) {
    }

    public enum WageUnit { HOUR, DAY, PIECE, MONTH }

    public enum Term { SHORT, LONG }

    public enum SourceChannel { GOVERNMENT, THIRD_PARTY, EMPLOYER, EXTERNAL_FEED }

    public enum JobStatus {
        DRAFT, OPEN, FILLED, CLOSED, EXPIRED, TAKEN_DOWN, HELD;

        /** Open and filled jobs are kept in the index (a filled job may reopen); the others are removed. */
        public boolean indexed() {
            return this == OPEN || this == FILLED;
        }
    }
}
