package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lingong.core.TenantCoreTests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory is read by every request and by background work that already holds a connection. Readers of a stale
 * directory must never wait for another reader's reload: that reader may be asking the pool for the connection they
 * hold (under load, such waits once emptied tenant-core's pool for minutes).
 */
class TenantDirectoryTests extends TenantCoreTests {

    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password}")
    String password;

    @Test
    void readersHoldingThePoolsLastConnectionsNeverWaitForEachOthersReload() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(Duration.ofSeconds(3).toMillis());
        try (HikariDataSource pool = new HikariDataSource(config);
             ExecutorService readers = Executors.newFixedThreadPool(2)) {
            // Stale at every read after the first: each reader finds a reload due.
            TenantDirectory directory = new TenantDirectory(JdbcClient.create(pool), Duration.ZERO);
            Set<String> cities = directory.codes();
            CyclicBarrier bothHoldOne = new CyclicBarrier(2);
            Callable<Set<String>> reader = () -> {
                try (Connection held = pool.getConnection()) {
                    bothHoldOne.await();
                    return directory.codes();
                }
            };

            List<Future<Set<String>>> reads = readers.invokeAll(List.of(reader, reader));

            for (Future<Set<String>> read : reads) {
                assertThat(read.get()).as("a reader got the directory, not a pool timeout").isEqualTo(cities);
            }
        }
    }
}
