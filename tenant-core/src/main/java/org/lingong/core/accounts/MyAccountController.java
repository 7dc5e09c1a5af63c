package org.lingong.core.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The person's own national account. */
@RestController
@Tag(name = "accounts", description = "个人账号 A person's national account")
class MyAccountController {

    private final AccountClosure closure;
    private final AccountCities cities;

    MyAccountController(AccountClosure closure, AccountCities cities) {
        this.closure = closure;
        this.cities = cities;
    }

    @GetMapping("/api/v1/accounts/me/cities")
    @PreAuthorize(Roles.Allow.WORKER + " or " + Roles.Allow.EMPLOYER)
    @Operation(summary = "本人账号所在的城市：零工档案（是否已实名、有无未完成订单）和用工单位 / The cities where own account "
            + "holds a worker profile (verified or not, open orders or not) or acts for an employer")
    List<AccountCities.Holding> cities(Authentication caller) {
        return cities.of(caller.getName());
    }

    @DeleteMapping("/api/v1/accounts/me")
    @PreAuthorize(Roles.Allow.WORKER + " or " + Roles.Allow.EMPLOYER)
    @Operation(summary = "注销本人账号：删除各城市的零工档案个人信息和登录账号 / Close own account: personal data erased in "
            + "every city, the sign-in account deleted")
    ResponseEntity<Void> close(Authentication caller) {
        boolean staff = Roles.grants(Roles.CITY_READERS,
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        if (staff) {
            throw new ProblemException(ProblemType.ACCOUNT_OF_STAFF);
        }
        closure.close(caller.getName());
        return ResponseEntity.noContent().build();
    }
}
