package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lingong.core.registry.TenantDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rotating the personal-data key, city by city (platform administrators only, see SecurityConfiguration). */
@RestController
@Tag(name = "platform")
class PersonalDataKeysController {

    private final TenantDirectory tenants;
    private final PersonalDataKeys keys;

    PersonalDataKeysController(TenantDirectory tenants, PersonalDataKeys keys) {
        this.tenants = tenants;
        this.keys = keys;
    }

    @GetMapping("/api/v1/platform/tenants/{code}/personal-data-keys")
    @Operation(summary = "城市个人信息所用密钥 / How many of a city's people rows each personal-data key sealed")
    PersonalDataKeys.Report status(@PathVariable String code) {
        return keys.status(tenants.require(code));
    }

    @PostMapping("/api/v1/platform/tenants/{code}/personal-data-keys/reseal")
    @Operation(summary = "以当前密钥重新加密 / Re-seal a city's personal data under the current key (after a rotation)")
    PersonalDataKeys.Report reseal(@PathVariable String code) {
        return keys.reseal(tenants.require(code));
    }
}
