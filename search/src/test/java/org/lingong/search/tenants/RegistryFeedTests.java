package org.lingong.search.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.common.nearby.TravelMode;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TenantCoreStub;
import org.springframework.beans.factory.annotation.Autowired;

/** Search follows tenant-core's registry feed (served over HTTP by the stub of tenant-core's contract). */
class RegistryFeedTests extends SearchServiceTests {

    private static final Duration FEW_POLLS = Duration.ofSeconds(10);
    private static final TenantCoreStub TENANT_CORE = TenantCoreStub.INSTANCE;

    @Autowired
    TenantDirectory directory;

    String run;

    @BeforeEach
    void freshCodes() {
        run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @AfterEach
    void back() {
        TENANT_CORE.away(false);
    }

    @Test
    void knowsProvincesSharingAndSpeedsAndFindsTheNeighboursThatShare() {
        TENANT_CORE.tenant("a" + run, "32", true, Map.of());
        TENANT_CORE.tenant("b" + run, "32", true, Map.of("WALK", 60, "EBIKE", 350));
        TENANT_CORE.tenant("c" + run, "32", false, Map.of());
        TENANT_CORE.tenant("d" + run, "34", true, Map.of());

        await().atMost(FEW_POLLS).until(() -> directory.settingsOf(code("d")).province().equals("34"));

        TenantSettings b = directory.settingsOf(code("b"));
        assertThat(b.metresPerMinute(TravelMode.WALK)).isEqualTo(60);
        assertThat(b.metresPerMinute(TravelMode.EBIKE)).isEqualTo(350);
        assertThat(b.metresPerMinute(TravelMode.BIKE)).isEqualTo(200);
        assertThat(directory.neighboursOf(code("a"))).extracting(TenantSettings::code)
                .contains("b" + run).doesNotContain("a" + run, "c" + run, "d" + run);
        assertThat(directory.neighboursOf(code("c"))).extracting(TenantSettings::code)
                .contains("a" + run, "b" + run).doesNotContain("c" + run, "d" + run);
        assertThat(directory.neighboursOf(code("d"))).extracting(TenantSettings::code)
                .doesNotContain("a" + run, "b" + run, "c" + run);
    }

    @Test
    void anUnknownTenantHasDefaultSpeedsAndNoNeighbours() {
        TenantSettings unknown = directory.settingsOf(code("u"));

        assertThat(unknown.speeds()).isEqualTo(Map.of(TravelMode.WALK, 75, TravelMode.BIKE, 200,
                TravelMode.EBIKE, 300, TravelMode.TRANSIT, 250));
        assertThat(directory.neighboursOf(code("u"))).isEmpty();
    }

    @Test
    void asksWithItsEtagAndKeepsTheLastCopyWhileTenantCoreIsAway() {
        TENANT_CORE.tenant("k" + run, "32", true, Map.of("WALK", 70));
        await().atMost(FEW_POLLS).until(() -> directory.settingsOf(code("k")).metresPerMinute(TravelMode.WALK) == 70);
        int notModified = TENANT_CORE.notModifiedCount();
        await().atMost(FEW_POLLS).until(() -> TENANT_CORE.notModifiedCount() > notModified);

        TENANT_CORE.away(true);
        TENANT_CORE.tenant("k" + run, "32", true, Map.of("WALK", 65));
        await().pollDelay(Duration.ofMillis(600)).atMost(FEW_POLLS).until(() -> true);
        assertThat(directory.settingsOf(code("k")).metresPerMinute(TravelMode.WALK)).isEqualTo(70);

        TENANT_CORE.away(false);
        await().atMost(FEW_POLLS).until(() -> directory.settingsOf(code("k")).metresPerMinute(TravelMode.WALK) == 65);
    }

    @Test
    void carriesATenantsActiveCategoriesAndKeepsThemWhileTenantCoreIsAway() {
        TENANT_CORE.tenant("j" + run, "32", false, Map.of());
        await().atMost(FEW_POLLS).until(() -> directory.settingsOf(code("j")).province().equals("32"));
        assertThat(directory.settingsOf(code("j")).jobCategories()).as("not in the feed: unknown").isNull();

        TENANT_CORE.categories("j" + run, "porter", "cleaner");
        await().atMost(FEW_POLLS).until(() -> List.of("porter", "cleaner")
                .equals(directory.settingsOf(code("j")).jobCategories()));

        TENANT_CORE.away(true);
        await().pollDelay(Duration.ofMillis(600)).atMost(FEW_POLLS).until(() -> true);
        assertThat(directory.settingsOf(code("j")).jobCategories()).containsExactly("porter", "cleaner");
        assertThat(directory.settingsOf(code("m")).jobCategories()).isNull();
    }

    private TenantCode code(String prefix) {
        return TenantCode.parse(prefix + run).orElseThrow();
    }
}
