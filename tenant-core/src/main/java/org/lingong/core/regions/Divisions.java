package org.lingong.core.regions;

import java.util.Optional;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.registry.NationalDivisions;
import org.lingong.core.registry.TenantDirectory;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.stereotype.Component;

/** The current city's place in the national division table, for codes and standard names. */
@Component
public class Divisions {

    private final TenantDirectory tenants;
    private final NationalDivisions national;

    Divisions(TenantDirectory tenants, NationalDivisions national) {
        this.tenants = tenants;
        this.national = national;
    }

    /** The tenant's own division code, e.g. 321300 for Suqian, or a county's code for a district-level tenant. */
    public String divisionCode() {
        return city().divisionCode();
    }

    /** The prefecture-level city the tenant belongs to, e.g. 321300. */
    public String cityCode() {
        return divisionCode().substring(0, 4) + "00";
    }

    /** The city's official name, e.g. 宿迁市 (the tenant's own name where the division table does not know it). */
    public String cityName() {
        return national.officialName(cityCode()).orElseGet(() -> city().nameZh());
    }

    /** Whether the tenant is a whole prefecture-level city (not a single district). */
    public boolean isCity() {
        return divisionCode().endsWith("00");
    }

    /** Counties of this tenant have codes starting with this: the city's four digits, or a district's own six. */
    String countyPrefix() {
        String division = divisionCode();
        return division.endsWith("00") ? division.substring(0, 4) : division;
    }

    /** The current official name of a division, e.g. 宿城区 for 321302. */
    public Optional<String> officialName(String code) {
        return national.officialName(code);
    }

    private TenantDirectory.Entry city() {
        String code = CurrentTenant.require().value();
        return tenants.find(code).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_TENANT, code));
    }
}
