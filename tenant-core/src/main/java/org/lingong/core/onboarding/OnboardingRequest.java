package org.lingong.core.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lingong.core.registry.Branding;
import org.lingong.core.registry.Center;
import org.lingong.core.registry.Targets;
import org.lingong.core.registry.Registrations;

/** Everything needed to open a city on the platform, in one request. */
record OnboardingRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9_]{1,30}", message = "{onboarding.code}") String code,
        @NotBlank @Size(max = 40) String nameZh,
        @NotBlank @Size(max = 80) String nameEn,
        @NotNull @Pattern(regexp = "[1-8][0-9]", message = "{onboarding.provinceCode}") String provinceCode,
        @NotNull @Pattern(regexp = "[1-8][0-9]{5}", message = "{onboarding.divisionCode}") String divisionCode,
        @NotNull @Valid Center center,
        @Size(max = 10) List<@Pattern(regexp = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+",
                message = "{onboarding.domain}") String> domains,
        @Valid Branding branding,
        @Valid Targets targets,
        @Positive Integer rateLimitPerSecond,
        @NotNull @Valid FirstAdmin admin) {

    /** The bureau's first city administrator; more users are managed in the admin UI later. */
    record FirstAdmin(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,40}", message = "{onboarding.username}") String username,
            @NotBlank @Email String email,
            @NotBlank @Size(max = 20) String firstName,
            @NotBlank @Size(max = 20) String lastName,
            // The realm's password policy decides the rest (a problem password-policy at admin.password).
            @NotBlank @Size(max = 64) String password,
            boolean temporaryPassword) {

        @Override
        public String toString() {
            return "FirstAdmin[username=" + username + "]";
        }
    }

    /** Two requests describe the same registration when they name the same place the same way. */
    boolean sameRegistration(Registrations.Registered city) {
        return city.nameZh().equals(nameZh) && city.provinceCode().equals(provinceCode)
                && city.divisionCode().equals(divisionCode);
    }
}
