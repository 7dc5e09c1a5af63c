package org.lingong.core.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A station-staff account to open; without a password, a temporary one is generated and answered once. A given
 * password must also pass the realm's password policy, which Keycloak applies (a problem {@code password-policy}).
 */
record NewStaffAccount(
        @NotNull(message = "{staff.username}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,40}", message = "{staff.username}") String username,
        @NotBlank(message = "{staff.lastName}") @Size(max = 20, message = "{staff.lastName}") String lastName,
        @NotBlank(message = "{staff.firstName}") @Size(max = 20, message = "{staff.firstName}") String firstName,
        @NotBlank(message = "{staff.email}") @Email(message = "{staff.email}")
        @Size(max = 100, message = "{staff.email}") String email,
        @Size(max = 64, message = "{staff.password}") String password) {

    @Override
    public String toString() {
        return "NewStaffAccount[username=" + username + "]";
    }
}
