package org.lingong.core.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city's own network rules, one row in its schema. */
@Component
class NetworkSettings {

    private final JdbcClient jdbc;

    NetworkSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Settings(AreaRule marketAreaRule) {
    }

    Settings get() {
        return new Settings(AreaRule.valueOf(jdbc.sql("select market_area_rule from network_setting")
                .query(String.class).single()));
    }

    void set(Settings settings) {
        jdbc.sql("update network_setting set market_area_rule = ?").param(settings.marketAreaRule().name()).update();
    }
}
