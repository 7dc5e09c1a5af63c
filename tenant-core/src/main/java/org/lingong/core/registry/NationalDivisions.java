package org.lingong.core.registry;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The national division table (GB/T 2260) of the platform schema: provinces, and every division's current name. */
@Component
public class NationalDivisions {

    private final JdbcClient jdbc;

    NationalDivisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the code is a province-level division, e.g. 32 for 江苏. */
    public boolean isProvince(String code) {
        return jdbc.sql("select count(*) from platform.province where code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    /** The current official name of a division, e.g. 宿城区 for 321302. */
    public Optional<String> officialName(String code) {
        return jdbc.sql("select name_zh from platform.region where code = ? and valid_to is null")
                .param(code).query(String.class).optional();
    }
}
