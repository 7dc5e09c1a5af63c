package org.lingong.core.accounts;

import java.util.ArrayList;
import java.util.List;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.people.AccountHolders;
import org.lingong.core.people.WorkerVerification;
import org.lingong.core.registry.TenantDirectory;
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

    private final TenantDirectory tenants;
    private final AccountHolders holders;
    private final WorkerVerification workers;
    private final OrderLifecycle orders;
    private final KeycloakAccounts accounts;

    AccountClosure(TenantDirectory tenants, AccountHolders holders, WorkerVerification workers, OrderLifecycle orders,
                   KeycloakAccounts accounts) {
        this.tenants = tenants;
        this.holders = holders;
        this.workers = workers;
        this.orders = orders;
        this.accounts = accounts;
    }

    void close(String accountId) {
        List<TenantCode> cities = tenants.codes().stream().sorted().map(TenantCode::new).toList();
        List<String> employerIn = new ArrayList<>();
        List<String> openOrdersIn = new ArrayList<>();
        for (TenantCode city : cities) {
            TenantContext.run(city, () -> {
                if (holders.actsForEmployer(accountId)) {
                    employerIn.add(name(city));
                }
                if (workers.workerOf(accountId).filter(orders::hasOpenOrders).isPresent()) {
                    openOrdersIn.add(name(city));
                }
            });
        }
        if (!employerIn.isEmpty()) {
            throw new ProblemException(ProblemType.ACCOUNT_HOLDS_EMPLOYER, String.join("、", employerIn));
        }
        if (!openOrdersIn.isEmpty()) {
            throw new ProblemException(ProblemType.ACCOUNT_HAS_OPEN_ORDERS, String.join("、", openOrdersIn));
        }
        int erased = 0;
        for (TenantCode city : cities) {
            erased += TenantContext.call(city, () -> holders.eraseWorker(accountId).isPresent() ? 1 : 0);
        }
        accounts.close(accountId);
        log.info("account closed on the person's request; worker profiles erased in {} cities", erased);
    }

    private String name(TenantCode city) {
        return tenants.find(city.value()).map(TenantDirectory.Entry::nameZh).orElse(city.value());
    }
}
