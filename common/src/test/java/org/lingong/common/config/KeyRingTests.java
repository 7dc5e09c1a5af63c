package org.lingong.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Key rings: the first key is current, every key is found by its id, and bad configurations stop the start. */
class KeyRingTests {

    private static final String DEV = key('d');

    @Test
    void theFirstKeyIsCurrentAndEveryKeyIsFoundByItsId() {
        KeyRing ring = KeyRing.parse("test.keys", " k2:" + key('b') + " , k1:" + key('a') + " ", 32, 32, DEV, true);
        assertThat(ring.currentId()).isEqualTo("k2");
        assertThat(ring.ids()).containsExactly("k2", "k1");
        assertThat(ring.key("k1")).hasValueSatisfying(k -> assertThat(new String(k)).isEqualTo("a".repeat(32)));
        assertThat(ring.key("k3")).isEmpty();
        assertThat(ring.key(null)).isEmpty();
        ring.key("k1").orElseThrow()[0] = 0;
        assertThat(ring.key("k1").orElseThrow()[0]).as("callers get a copy").isEqualTo((byte) 'a');
    }

    @Test
    void theDevelopmentKeyIsRefusedOnlyInProduction() {
        assertThat(KeyRing.parse("test.keys", "dev:" + DEV, 32, 32, DEV, false).currentId()).isEqualTo("dev");
        assertThatThrownBy(() -> KeyRing.parse("test.keys (TEST_KEYS)", "k2:" + key('b') + ",old:" + DEV, 32, 32, DEV,
                true)).hasMessageContaining("test.keys (TEST_KEYS) holds the development key");
    }

    @Test
    void wrongLengthsMissingOrRepeatedIdsAndBadBase64AreRefused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> KeyRing.parse("t", "k1:" + short16, 32, Integer.MAX_VALUE, DEV, true))
                .hasMessageContaining("key k1 has 16 bytes, at least 32");
        assertThatThrownBy(() -> KeyRing.parse("t", "k1:" + short16, 32, 32, DEV, true))
                .hasMessageContaining("key k1 has 16 bytes, exactly 32");
        assertThatThrownBy(() -> KeyRing.parse("t", key('a'), 32, 32, DEV, true))
                .hasMessageContaining("each key is id:base64");
        assertThatThrownBy(() -> KeyRing.parse("t", "bad id:" + key('a'), 32, 32, DEV, true))
                .hasMessageContaining("each key is id:base64");
        assertThatThrownBy(() -> KeyRing.parse("t", "k1:" + key('a') + ",k1:" + key('b'), 32, 32, DEV, true))
                .hasMessageContaining("k1 is listed twice");
        assertThatThrownBy(() -> KeyRing.parse("t", "k1:not*base64", 32, 32, DEV, true))
                .hasMessageContaining("key k1 is not base64");
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
