package org.lingong.core.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The city's network rules: whether a market under 100 m² is only a warning (default) or refused. */
@RestController
@Tag(name = "network")
class NetworkSettingsController {

    private final NetworkSettings settings;
    private final AuditLog audit;

    NetworkSettingsController(NetworkSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    record SettingsChange(@NotNull(message = "{network.settings.marketAreaRule}") AreaRule marketAreaRule) {
    }

    @GetMapping("/api/v1/network/settings")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "服务网络规则设置 / Network rules of the city")
    NetworkSettings.Settings get() {
        return settings.get();
    }

    @PutMapping("/api/v1/network/settings")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "修改服务网络规则（面积不足：警告或拒绝） / Change the rules (small market: warn or block)")
    NetworkSettings.Settings change(@Valid @RequestBody SettingsChange change) {
        NetworkSettings.Settings updated = new NetworkSettings.Settings(change.marketAreaRule());
        settings.set(updated);
        audit.record("network.settings.changed", null, "marketAreaRule=" + change.marketAreaRule());
        return updated;
    }
}
