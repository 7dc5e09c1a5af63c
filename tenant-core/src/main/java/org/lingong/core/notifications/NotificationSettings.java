package org.lingong.core.notifications;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lingong.common.nearby.TravelMode;

/**
 * What a worker wants to hear about: the categories they muted and their circle, as minutes of travel by a mode.
 * Missing values take the defaults: nothing muted, a 15-minute walk.
 */
record NotificationSettings(
        @Size(max = 50, message = "{notifications.mutedCategories}")
        List<@NotNull(message = "{notifications.mutedCategories}") @Pattern(regexp = "[a-z][a-z0-9_]{1,40}",
                message = "{notifications.mutedCategories}") String> mutedCategories,
        @Min(value = 1, message = "{notifications.minutes}") @Max(value = NotificationSettings.MAX_MINUTES,
                message = "{notifications.minutes}") Integer minutes,
        TravelMode mode) {

    /** The longest circle a worker can choose. */
    static final int MAX_MINUTES = 60;
    static final int DEFAULT_MINUTES = 15;
    static final TravelMode DEFAULT_MODE = TravelMode.WALK;
    static final NotificationSettings DEFAULT = new NotificationSettings(List.of(), DEFAULT_MINUTES, DEFAULT_MODE);

    NotificationSettings {
        mutedCategories = mutedCategories == null ? List.of() : mutedCategories.stream().distinct().toList();
        minutes = minutes == null ? DEFAULT_MINUTES : minutes;
        mode = mode == null ? DEFAULT_MODE : mode;
    }
}
