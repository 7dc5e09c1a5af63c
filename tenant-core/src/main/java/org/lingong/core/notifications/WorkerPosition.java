package org.lingong.core.notifications;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Where a worker is, as the app reports it (WGS-84, in China). Personal data: never logged, shown only to the worker,
 * and forgotten once stale.
 */
record WorkerPosition(
        @NotNull(message = "{notifications.position}") @DecimalMin(value = "3.8", message = "{notifications.position}")
        @DecimalMax(value = "53.6", message = "{notifications.position}") Double latitude,
        @NotNull(message = "{notifications.position}") @DecimalMin(value = "73.5", message = "{notifications.position}")
        @DecimalMax(value = "135.1", message = "{notifications.position}") Double longitude) {

    @Override
    public String toString() {
        return "WorkerPosition[hidden]";
    }
}
