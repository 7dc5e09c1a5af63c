package org.lingong.core.complaints;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether a complaint of the current city goes by a number, for work that cites one (a dispute opened from it). */
@Component
public class ComplaintReferences {

    private final JdbcClient jdbc;

    ComplaintReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean exists(long number) {
        return jdbc.sql("select count(*) from complaint where number = ?").param(number).query(Long.class).single() > 0;
    }
}
