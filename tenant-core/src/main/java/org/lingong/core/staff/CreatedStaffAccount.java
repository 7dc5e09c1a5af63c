package org.lingong.core.staff;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The account just opened; {@code temporaryPassword} only when the platform generated it — shown this once, never
 * stored, and to be changed at the first sign-in.
 */
record CreatedStaffAccount(StaffAccountDetails account,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String temporaryPassword) {
}
