package org.lingong.core.accounts;

import java.util.List;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.people.AccountHolders;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Closes a person's national account on their request (PIPL art. 47): refused while they still owe or are owed work in
 * any city, or act for an employer (a business is handed over at a desk, not dropped by one person); otherwise their
 * worker profile is erased in every city, then the Keycloak account deleted. Each step is idempotent, so a request cut
 * short by an outage is finished by asking again.
 */
@Service
class AccountClosure {

    private static final Logger log = LoggerFactory.getLogger(AccountClosure.class);

    private final AccountCities cities;
    private final AccountHolders holders;
    private final KeycloakAccounts accounts;

    AccountClosure(AccountCities cities, AccountHolders holders, KeycloakAccounts accounts) {
        this.cities = cities;
        this.holders = holders;
        this.accounts = accounts;
    }

    void close(String accountId) {
        List<AccountCities.Holding> held = cities.of(accountId);
        List<String> employerIn = held.stream().filter(AccountCities.Holding::employer)
                .map(AccountCities.Holding::name).toList();
        if (!employerIn.isEmpty()) {
            throw new ProblemException(ProblemType.ACCOUNT_HOLDS_EMPLOYER, String.join("、", employerIn));
        }
        List<String> openOrdersIn = held.stream().filter(AccountCities.Holding::openOrders)
                .map(AccountCities.Holding::name).toList();
        if (!openOrdersIn.isEmpty()) {
            throw new ProblemException(ProblemType.ACCOUNT_HAS_OPEN_ORDERS, String.join("、", openOrdersIn));
        }
        // Every city, not only those read above: a profile saved meanwhile is erased too.
        int erased = 0;
        for (TenantCode city : cities.all()) {
            erased += TenantContext.call(city, () -> holders.eraseWorker(accountId).isPresent() ? 1 : 0);
        }
        accounts.close(accountId);
        log.info("account closed on the person's request; worker profiles erased in {} cities", erased);
    }
}
