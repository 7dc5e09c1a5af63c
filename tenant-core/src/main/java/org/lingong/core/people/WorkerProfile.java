package org.lingong.core.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lingong.core.people.checks.PhoneNumber;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.lingong.core.people.checks.ValidIdNumber;
import org.lingong.core.people.checks.ValidPhone;

/** What a worker fills in; the ID number may come later, but only a profile with it is verified. */
public record WorkerProfile(
        @NotBlank(message = "{people.realName.required}") @Size(max = 50, message = "{people.realName.size}")
        String realName,
        @ValidIdNumber String idNumber,
        @NotBlank(message = "{people.phone.required}") @ValidPhone String phone,
        @Size(max = 20, message = "{people.skills.size}")
        List<@NotBlank(message = "{people.skills.size}") @Size(max = 30, message = "{people.skills.size}") String> skills,
        @Size(max = 20, message = "{people.categories.format}")
        List<@NotNull(message = "{people.categories.format}") @Pattern(regexp = "[a-z][a-z0-9_-]{1,39}",
                message = "{people.categories.format}") String> categories,
        @Size(max = 7, message = "{people.priorityGroups.invalid}")
        List<@NotNull(message = "{people.priorityGroups.invalid}") PriorityGroup> priorityGroups,
        @Pattern(regexp = "\\d{6}", message = "{people.homeRegionCode.format}") String homeRegionCode) {

    public WorkerProfile {
        skills = skills == null ? List.of() : skills;
        categories = categories == null ? List.of() : categories;
        priorityGroups = priorityGroups == null ? List.of() : priorityGroups;
    }

    /** Masked, so that request logging at any level never shows the clear values. */
    @Override
    public String toString() {
        return "WorkerProfile[idNumber=" + (idNumber == null ? null : ResidentIdNumber.mask(idNumber))
                + ", phone=" + (phone == null ? null : PhoneNumber.normalize(phone).map(PhoneNumber::mask).orElse("?"))
                + ", skills=" + skills + ", categories=" + categories + ", priorityGroups=" + priorityGroups
                + ", homeRegionCode=" + homeRegionCode + "]";
    }
}
