package org.lingong.core.onboarding;

import java.util.LinkedHashSet;
import org.lingong.common.tenant.Roles;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.registry.Registrations;
import org.lingong.core.searchindex.SearchIndexClient;
import org.lingong.core.searchindex.SearchReindex;
import org.lingong.core.tenancy.TenantContext;
import org.lingong.core.tenancy.TenantMigrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** What each onboarding step does. Every step is idempotent: repeating a finished step changes nothing. */
@Component
class OnboardingSteps {

    private final Registrations registrations;
    private final TenantMigrations migrations;
    private final KeycloakUsers users;
    private final SearchIndexClient search;
    private final SearchReindex reindex;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final String platformDomain;

    OnboardingSteps(Registrations registrations, TenantMigrations migrations, KeycloakUsers users,
                    SearchIndexClient search, SearchReindex reindex, AuditLog audit, TransactionTemplate transactions,
                    @Value("${lingong.platform-domain}") String platformDomain) {
        this.registrations = registrations;
        this.migrations = migrations;
        this.users = users;
        this.search = search;
        this.reindex = reindex;
        this.audit = audit;
        this.transactions = transactions;
        this.platformDomain = platformDomain;
    }

    void run(OnboardingStep step, OnboardingRequest request) {
        TenantCode code = new TenantCode(request.code());
        switch (step) {
            case REGISTER -> register(code, request);
            case SCHEMA -> migrations.migrate(code);
            case IDENTITY -> users.ensureCityAccount(code, new KeycloakUsers.NewUser(request.admin().username(),
                    request.admin().email(), request.admin().firstName(), request.admin().lastName(),
                    request.admin().password(), request.admin().temporaryPassword()), Roles.CITY_ADMIN);
            case SEARCH_ALIAS -> {
                // Repeating an onboarding repairs the city's search: its alias, and documents rebuilt from its jobs.
                search.ensureTenantAlias(code);
                reindex.run(code);
            }
            case BRANDING -> registrations.applyDefaultBranding(code);
            case ACTIVATE -> activate(code);
            case DONE -> { }
        }
    }

    private void register(TenantCode code, OnboardingRequest request) {
        var domains = new LinkedHashSet<String>();
        domains.add(code.value() + "." + platformDomain);
        if (request.domains() != null) {
            domains.addAll(request.domains());
        }
        registrations.register(new Registrations.NewCity(code, request.nameZh(), request.nameEn(),
                request.provinceCode(), request.divisionCode(), request.center(), domains, request.branding(),
                request.targets(),
                // The city ceiling for all gateway replicas together, sized for a grab storm (docs/security.md).
                request.rateLimitPerSecond() == null ? 1500 : request.rateLimitPerSecond()));
    }

    private void activate(TenantCode code) {
        registrations.activate(code);
        TenantContext.run(code, () -> transactions.executeWithoutResult(tx ->
                audit.record("tenant.onboarded", code.value(), "city opened on the platform")));
    }
}
