package org.lingong.core.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.people.AccountHolders;
import org.lingong.core.people.WorkerVerification;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * Where one national account stands in each city: a worker profile (verified or not, with open orders or not), an
 * employer it acts for. Read city by city in each city's own schema; a city where the account holds nothing is left
 * out.
 */
@Component
class AccountCities {

    /** The account in one city; {@code name} is the city's Chinese name. */
    record Holding(String city, String name, boolean worker, boolean verifiedWorker, boolean openOrders,
                   boolean employer) {
    }

    private final TenantDirectory tenants;
    private final AccountHolders holders;
    private final WorkerVerification workers;
    private final OrderLifecycle orders;

    AccountCities(TenantDirectory tenants, AccountHolders holders, WorkerVerification workers,
                  OrderLifecycle orders) {
        this.tenants = tenants;
        this.holders = holders;
        this.workers = workers;
        this.orders = orders;
    }

    List<Holding> of(String accountId) {
        List<Holding> held = new ArrayList<>();
        for (String code : tenants.codes().stream().sorted().toList()) {
            TenantCode city = new TenantCode(code);
            TenantContext.run(city, () -> {
                Optional<UUID> worker = workers.workerOf(accountId);
                boolean employer = holders.actsForEmployer(accountId);
                if (worker.isPresent() || employer) {
                    held.add(new Holding(code, tenants.find(code).map(TenantDirectory.Entry::nameZh).orElse(code),
                            worker.isPresent(), workers.verifiedWorkerOf(accountId).isPresent(),
                            worker.filter(orders::hasOpenOrders).isPresent(), employer));
                }
            });
        }
        return held;
    }

    /** Every city the platform routes to, for work that must reach each (erasure). */
    List<TenantCode> all() {
        return tenants.codes().stream().sorted().map(TenantCode::new).toList();
    }
}
