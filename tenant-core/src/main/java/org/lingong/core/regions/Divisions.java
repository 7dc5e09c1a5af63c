package org.lingong.core.regions;

import java.util.Optional;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The current city's place in the national division table (schema platform), for codes and standard names. */
@Component
public class Divisions {

    private final JdbcClient jdbc;

    Divisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's own division code, e.g. 321300 for Suqian, or a county's code for a district-level tenant. */
    public String divisionCode() {
        return jdbc.sql("select division_code from platform.tenant where code = ?")
                .param(CurrentTenant.require().value()).query(String.class).single().strip();
    }

    /** The prefecture-level city the tenant belongs to, e.g. 321300. */
    public String cityCode() {
        return divisionCode().substring(0, 4) + "00";
    }

    /** The city's official name, e.g. 宿迁市 (the tenant's own name where the division table does not know it). */
    public String cityName() {
        return jdbc.sql("""
                        select coalesce(r.name_zh, t.name_zh) from platform.tenant t
                        left join platform.region r
                          on r.code = substr(t.division_code, 1, 4) || '00' and r.valid_to is null
                        where t.code = ?""")
                .param(CurrentTenant.require().value()).query(String.class).single();
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
        return jdbc.sql("select name_zh from platform.region where code = ? and valid_to is null")
                .param(code).query(String.class).optional();
    }
}
