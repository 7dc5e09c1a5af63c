package org.lingong.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.gateway.tenant.RegisteredTenant;

/** The limits on a clock of the test's own: who is refused, what replicas share, and what the city ceiling admits. */
class LimiterTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    /** The defaults of application.yaml, and a city onboarded at tenant-core's default ceiling. */
    private static final RateLimitProperties DEFAULTS = new RateLimitProperties(
            new RateLimitProperties.Caller(20, 200), new RateLimitProperties.Caller(20, 200), 1500,
            Duration.ofSeconds(2), 100_000, "127.0.0.0/8", "X-Forwarded-For");
    private static final RegisteredTenant CITY = new RegisteredTenant("suqian", "32", "ACTIVE", List.of(), 1500);

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger replicas = new AtomicInteger(1);

    private Limiter limiter(RateLimitProperties properties) {
        return new Limiter(properties, replicas::get, clock::get);
    }

    private static int admitted(Limiter limiter, String caller, boolean authenticated, int requests) {
        int admitted = 0;
        for (int i = 0; i < requests; i++) {
            if (limiter.admit(caller, authenticated, CITY) == null) {
                admitted++;
            }
        }
        return admitted;
    }

    @Test
    void aFloodingCallerIsRefusedAndEveryoneElseCarriesOn() {
        Limiter limiter = limiter(DEFAULTS);

        assertThat(admitted(limiter, "ip:203.0.113.7", false, 400)).isEqualTo(200);
        assertThat(admitted(limiter, "sub:flooding-worker", true, 400)).isEqualTo(200);

        assertThat(admitted(limiter, "sub:city-admin", true, 50)).isEqualTo(50);
        assertThat(admitted(limiter, "sub:other-worker", true, 50)).isEqualTo(50);
        assertThat(admitted(limiter, "ip:198.51.100.2", false, 50)).isEqualTo(50);
    }

    @Test
    void aRefusalSaysWhichLimitAndHowLongToWait() {
        Limiter limiter = limiter(DEFAULTS);
        admitted(limiter, "sub:w", true, 200);

        Limiter.Refusal refusal = limiter.admit("sub:w", true, CITY);

        assertThat(refusal.limit()).isEqualTo("caller");
        assertThat(refusal.waitNanos()).isEqualTo(SECOND / 20);
        assertThat(limiter.admit("ip:203.0.113.7", false, null)).isNull();
    }

    @Test
    void failedTokensAreChargedToTheirAddress() {
        Limiter limiter = limiter(DEFAULTS);
        for (int i = 0; i < 200; i++) {
            assertThat(limiter.chargeAddress("ip:203.0.113.7")).isNull();
        }
        assertThat(limiter.chargeAddress("ip:203.0.113.7").limit()).isEqualTo("address");
        assertThat(limiter.admit("ip:203.0.113.7", false, CITY)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void eachReplicaEnforcesItsShareOfEveryLimit(int live) {
        replicas.set(live);
        RegisteredTenant small = new RegisteredTenant("small", "32", "ACTIVE", List.of(), 100);
        Limiter limiter = limiter(DEFAULTS);

        assertThat(admitted(limiter, "sub:w", true, 1_000)).isEqualTo(200 / live);
        int ceiling = 0;
        for (int i = 0; i < 1_000; i++) {
            if (limiter.admit("ip:10.0." + i / 200 + "." + i % 200, false, small) == null) {
                ceiling++;
            }
        }
        // The city's burst is 2 s of 100 per second, shared by the replicas.
        assertThat(ceiling).isEqualTo(200 / live);
    }

    @Test
    void aReplicaJoiningOrLeavingChangesTheShareAtOnce() {
        Limiter limiter = limiter(DEFAULTS);
        replicas.set(4);
        assertThat(admitted(limiter, "sub:w", true, 1_000)).isEqualTo(50);
        replicas.set(1);
        clock.addAndGet(10 * SECOND);
        assertThat(admitted(limiter, "sub:w", true, 1_000)).isEqualTo(200);
    }

    /**
     * The sizing of the city ceiling: when a job opens, a thousand workers grab within one second, each also reading
     * the job and its order (three requests), on top of the city's ordinary traffic (200 per second). Spread over one
     * to eight replicas by an even balancer, nothing may be refused — while a flood of ten thousand callers still is.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void aGrabStormOfAThousandWorkersFitsUnderTheCityCeiling(int live) {
        replicas.set(live);
        List<Limiter> gateways = new ArrayList<>();
        for (int i = 0; i < live; i++) {
            gateways.add(limiter(DEFAULTS));
        }
        record Request(long at, String caller) {
        }
        List<Request> storm = new ArrayList<>();
        Random random = new Random(13);
        for (int worker = 0; worker < 1_000; worker++) {
            for (int request = 0; request < 3; request++) {
                storm.add(new Request((long) (random.nextDouble() * SECOND), "sub:worker-" + worker));
            }
        }
        for (int i = 0; i < 200; i++) {
            storm.add(new Request((long) (random.nextDouble() * SECOND), "ip:198.51.100." + i));
        }
        storm.sort((a, b) -> Long.compare(a.at(), b.at()));

        int refused = 0;
        for (int i = 0; i < storm.size(); i++) {
            clock.set(storm.get(i).at());
            if (gateways.get(i % live).admit(storm.get(i).caller(), storm.get(i).caller().startsWith("sub:"), CITY)
                    != null) {
                refused++;
            }
        }
        assertThat(refused).as("requests of the grab storm refused").isZero();

        // Ten thousand made-up callers within the next second are more than the city's peak: the ceiling holds.
        int flood = 0;
        for (int i = 0; i < 10_000; i++) {
            clock.set(SECOND + (long) i * SECOND / 10_000);
            if (gateways.get(i % live).admit("ip:10." + i / 250 + "." + i % 250 + ".1", false, CITY) != null) {
                flood++;
            }
        }
        assertThat(flood).as("flood requests refused by the ceiling").isGreaterThan(5_000);
    }
}
