package org.lingong.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plain JDBC runs in the schema of the tenant context current at each statement — through the application's own data
 * source, JdbcClient and transaction manager — and a pooled connection never carries a city to its next user.
 */
class TenantSchemasTests extends TenantCoreTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    TenantCode one;
    TenantCode two;

    @BeforeEach
    void twoCitySchemas() {
        one = new TenantCode(TestTenants.uniqueCode());
        two = new TenantCode(TestTenants.uniqueCode());
        for (TenantCode city : new TenantCode[]{one, two}) {
            jdbc.sql("create schema " + city.schema()).update();
            jdbc.sql("create table " + city.schema() + ".probe (city text)").update();
            jdbc.sql("insert into " + city.schema() + ".probe values (?)").param(city.value()).update();
        }
    }

    @Test
    void statementsRunInTheSchemaOfTheCurrentTenant() {
        assertThat(currentSchema()).isEqualTo("platform");
        assertThat(TenantContext.call(one, () -> cityOfProbe())).isEqualTo(one.value());
        assertThat(TenantContext.call(two, () -> cityOfProbe())).isEqualTo(two.value());
        TenantContext.run(one, () -> {
            assertThat(TenantContext.call(two, this::cityOfProbe)).isEqualTo(two.value());
            assertThat(cityOfProbe()).as("the outer tenant again once the inner context closed").isEqualTo(one.value());
        });
        assertThat(currentSchema()).isEqualTo("platform");
    }

    @Test
    void aPlatformTransactionWritesIntoACityAndBackOnItsOwnConnection() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            long backend = backendPid();
            TenantContext.run(one, () -> {
                jdbc.sql("insert into probe values ('written by the platform')").update();
                assertThat(backendPid()).as("the transaction's connection").isEqualTo(backend);
            });
            assertThat(currentSchema()).isEqualTo("platform");
        });
        assertThat(TenantContext.call(one, () -> jdbc.sql("select count(*) from probe").query(Long.class).single()))
                .isEqualTo(2);
    }

    @Test
    void oneTransactionNeverWorksInTwoCities() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        TenantContext.run(one, () -> assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            cityOfProbe();
            TenantContext.run(two, this::cityOfProbe);
        })).hasMessageContaining("two cities"));
    }

    @Test
    void aRolledBackSwitchIsMadeAgainAndNothingLeaksToThePool() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        TenantContext.run(one, () -> transaction.executeWithoutResult(status -> {
            cityOfProbe();
            status.setRollbackOnly();
        }));
        // Every pooled connection, whatever city it served last, starts on the platform schema.
        for (int i = 0; i < 30; i++) {
            TenantContext.run(i % 2 == 0 ? one : two, this::cityOfProbe);
            assertThat(currentSchema()).isEqualTo("platform");
        }
    }

    private String cityOfProbe() {
        return jdbc.sql("select city from probe").query(String.class).single();
    }

    private String currentSchema() {
        return jdbc.sql("select current_schema()").query(String.class).single();
    }

    private long backendPid() {
        return jdbc.sql("select pg_backend_pid()").query(Long.class).single();
    }
}
