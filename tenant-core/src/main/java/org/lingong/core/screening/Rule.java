package org.lingong.core.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.lingong.core.jobs.ScreeningVerdict;

/** One of the city's screening rules, as the API shows it. */
record Rule(String code, Category category, String pattern, ScreeningVerdict.Action action, String groundsZh,
            String groundsEn, boolean enabled, Instant updatedAt, String updatedBy) {

    /** A new rule, or a rule's new wording; {@code enabled} defaults to true. */
    record Change(
            @Pattern(regexp = "[a-z][a-z0-9-]{1,40}") String code,
            @NotNull Category category,
            @NotBlank @Size(max = 4000) String pattern,
            @NotNull ScreeningVerdict.Action action,
            @NotBlank @Size(max = 300) String groundsZh,
            @NotBlank @Size(max = 300) String groundsEn,
            Boolean enabled) {

        boolean isEnabled() {
            return !Boolean.FALSE.equals(enabled);
        }
    }
}
