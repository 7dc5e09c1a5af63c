package org.lingong.core.registry;

import java.util.Optional;
import java.util.Set;
import org.lingong.common.tenant.TenantCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What onboarding and offboarding do to the registry: register a city, dress it in its default branding, open it, close
 * it for good. A change of status reaches routing at once here (the directory forgets its snapshot at commit) and in
 * the gateway within seconds.
 */
@Component
public class Registrations {

    private final TenantRepository tenants;
    private final TenantDirectory directory;

    Registrations(TenantRepository tenants, TenantDirectory directory) {
        this.tenants = tenants;
        this.directory = directory;
    }

    /** A city as its bureau registers it. */
    public record NewCity(TenantCode code, String nameZh, String nameEn, String provinceCode, String divisionCode,
                          Center center, Set<String> domains, Branding branding, Targets targets,
                          int rateLimitPerSecond) {
    }

    /** A registered city: the facts that say which place it is, and its status. */
    public record Registered(String nameZh, String provinceCode, String divisionCode, TenantStatus status) {
    }

    @Transactional(readOnly = true)
    public Optional<Registered> find(String code) {
        return tenants.findById(code).map(t -> new Registered(t.nameZh(), t.provinceCode(), t.divisionCode(),
                t.status()));
    }

    /** Registers the city, ONBOARDING (never routed), unless a city of that code is registered. */
    @Transactional
    public void register(NewCity city) {
        if (!tenants.existsById(city.code().value())) {
            tenants.save(new Tenant(city.code(), city.nameZh(), city.nameEn(), city.provinceCode(), city.divisionCode(),
                    city.center(), city.domains(), city.branding(), city.targets(), city.rateLimitPerSecond()));
        }
    }

    /** Fills what the bureau left out of its branding: brand name, colours. */
    @Transactional
    public void applyDefaultBranding(TenantCode code) {
        registered(code).applyDefaultBranding();
    }

    /** An onboarding city becomes ACTIVE; any other is left as it is. */
    @Transactional
    public void activate(TenantCode code) {
        Tenant tenant = registered(code);
        if (tenant.status() == TenantStatus.ONBOARDING) {
            tenant.changeStatus(TenantStatus.ACTIVE);
            directory.invalidate();
        }
    }

    /** The city is gone for good; in the caller's transaction, which removes its data. */
    @Transactional
    public void markOffboarded(TenantCode code) {
        registered(code).changeStatus(TenantStatus.OFFBOARDED);
        directory.invalidate();
    }

    private Tenant registered(TenantCode code) {
        return tenants.findById(code.value()).orElseThrow(() -> new IllegalStateException(code + " is not registered"));
    }
}
