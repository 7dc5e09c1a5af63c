package org.lingong.core.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.lingong.common.tenant.Roles;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 账号管理: the city administrator opens, lists, disables and enables the city's station-staff accounts. */
@RestController
@Tag(name = "staff-accounts", description = "工作人员账号 Station-staff accounts")
@PreAuthorize(Roles.Allow.CITY_ADMINS)
class StaffAccountsController {

    private final StaffAccounts accounts;

    StaffAccountsController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record StaffAccountList(List<StaffAccountDetails> items) {
    }

    @GetMapping("/api/v1/staff-accounts")
    @Operation(summary = "本市工作人员账号（姓名、邮箱脱敏） The city's station-staff accounts, masked")
    StaffAccountList listStaffAccounts() {
        return new StaffAccountList(accounts.list(CurrentTenant.require()));
    }

    @PostMapping("/api/v1/staff-accounts")
    @Operation(summary = "开设工作人员账号（未给密码时生成临时密码，仅返回一次） Open a station-staff account; "
            + "without a password a temporary one is generated and answered once")
    ResponseEntity<CreatedStaffAccount> createStaffAccount(@Valid @RequestBody NewStaffAccount request) {
        CreatedStaffAccount created = accounts.create(CurrentTenant.require(), request);
        return ResponseEntity.created(URI.create("/api/v1/staff-accounts/" + created.account().id())).body(created);
    }

    @PostMapping("/api/v1/staff-accounts/{id}/disable")
    @Operation(summary = "停用工作人员账号 Disable a station-staff account")
    StaffAccountDetails disableStaffAccount(@PathVariable UUID id) {
        return accounts.setEnabled(CurrentTenant.require(), id, false);
    }

    @PostMapping("/api/v1/staff-accounts/{id}/enable")
    @Operation(summary = "启用工作人员账号 Enable a station-staff account again")
    StaffAccountDetails enableStaffAccount(@PathVariable UUID id) {
        return accounts.setEnabled(CurrentTenant.require(), id, true);
    }
}
