package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain's keys: rotation by key id, and the development key refused (the ring's own checks: KeyRingTests). */
class ChainKeysTests {

    private static final String OLD = "2026a:" + key('a');
    private static final String NEW = "2027a:" + key('b');

    @Test
    void newEntriesTakeTheFirstKeyAndOldEntriesVerifyWithTheKeyTheyName() {
        ChainEntry before = entry(new ChainKeys(OLD, true));
        assertThat(before.getKeyId()).isEqualTo("2026a");

        ChainKeys rotated = new ChainKeys(NEW + "," + OLD, true);
        assertThat(before.computeHash(rotated)).contains(before.getEntryHash());
        ChainEntry after = entry(rotated);
        assertThat(after.getKeyId()).isEqualTo("2027a");
        assertThat(after.computeHash(rotated)).contains(after.getEntryHash());

        assertThat(before.computeHash(new ChainKeys(NEW, true))).as("the old key dropped").isEmpty();
        assertThat(before.computeHash(new ChainKeys("2026a:" + key('c'), true)))
                .as("another key under the same id").isNotEqualTo(before.computeHash(rotated));
    }

    @Test
    void theDevelopmentKeyIsRefusedUnderTheProdProfileOnly() {
        String dev = "dev:" + ChainKeys.DEV_KEY;
        assertThat(new ChainKeys(dev, false).currentId()).isEqualTo("dev");
        assertThatThrownBy(() -> new ChainKeys(NEW + ",old:" + ChainKeys.DEV_KEY, true))
                .hasMessageContaining("development key").hasMessageContaining("LINGONG_CONTRACT_CHAIN_KEYS");
    }

    private static ChainEntry entry(ChainKeys keys) {
        return new ChainEntry(1, ChainEntry.Kind.SIGNATURE, UUID.randomUUID(), SignerRole.WORKER, "c".repeat(64),
                "contract=…;role=WORKER", Instant.parse("2026-12-07T01:02:03.456789Z"), ChainEntry.GENESIS, keys);
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
