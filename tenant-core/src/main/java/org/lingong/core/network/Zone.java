package org.lingong.core.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** One functional zone of a carrier and its area in square metres. */
record Zone(@NotNull(message = "{carrier.zone.type}") ZoneType type,
            @NotNull(message = "{carrier.area}") @Positive(message = "{carrier.area}") Double areaM2) {
}
