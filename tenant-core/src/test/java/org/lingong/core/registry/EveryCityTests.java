package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.tenancy.TenantContext;

/** Work runs in each city with that city's context open; one city's failure neither stops nor hides the others. */
class EveryCityTests {

    private final List<TenantCode> cities = List.of(new TenantCode("aa"), new TenantCode("bb"), new TenantCode("cc"),
            new TenantCode("dd"), new TenantCode("ee"));

    @Test
    void eachCityRunsInItsOwnContextAndAFailureStaysInItsCity() {
        Map<TenantCode, TenantCode> seen = new ConcurrentHashMap<>();
        List<TenantCode> failed = EveryCity.run("test work", cities, 2, city -> {
            seen.put(city, TenantContext.current().orElseThrow());
            if (city.value().equals("bb")) {
                throw new IllegalStateException("bb is broken");
            }
        });

        assertThat(failed).containsExactly(new TenantCode("bb"));
        assertThat(seen).hasSize(cities.size()).allSatisfy((city, context) -> assertThat(context).isEqualTo(city));
        assertThat(TenantContext.current()).as("no context is left on the caller").isEmpty();
    }

    @Test
    void atMostTheGivenNumberOfCitiesRunAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        EveryCity.run("test work", cities, 2, city -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            running.decrementAndGet();
        });

        assertThat(most.get()).isBetween(1, 2);
    }
}
