package org.lingong.core.blacklist;

import java.util.Optional;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.people.ListedAgencies;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.stereotype.Component;

/** Answers publishing and confirming: is this employer of the current city on its province's blacklist? */
@Component
class Listings implements ListedAgencies {

    private final AgencyBlacklist blacklist;
    private final TenantDirectory tenants;

    Listings(AgencyBlacklist blacklist, TenantDirectory tenants) {
        this.blacklist = blacklist;
        this.tenants = tenants;
    }

    @Override
    public Optional<Listing> matching(String creditCode, String contactPhoneIndex) {
        return blacklist.matching(provinceOf(CurrentTenant.require()), creditCode, contactPhoneIndex)
                .map(entry -> new Listing(entry.number(), entry.name(), entry.grounds()));
    }

    /** The province of a city of the registry. */
    String provinceOf(TenantCode city) {
        return tenants.find(city.value()).orElseThrow().provinceCode();
    }
}
