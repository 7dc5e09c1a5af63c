package org.lingong.core.people.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTests {

    private static final String KEY = Base64.getEncoder()
            .encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private final PiiCipher cipher = new PiiCipher(KEY);

    @Test
    void sealedValuesOpenAgainButNeverShowTheClearValue() {
        byte[] sealed = cipher.seal("worker.id_number", "11010519491231002X");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("11010519491231002X");
        assertThat(sealed).hasSize(12 + 18 + 16);
        assertThat(cipher.open("worker.id_number", sealed)).isEqualTo("11010519491231002X");
    }

    @Test
    void everySealingUsesAFreshNonce() {
        assertThat(cipher.seal("worker.phone", "13812341234")).isNotEqualTo(cipher.seal("worker.phone", "13812341234"));
    }

    @Test
    void aValueSealedForOneColumnOrAlteredDoesNotOpen() {
        byte[] sealed = cipher.seal("worker.id_number", "11010519491231002X");
        assertThatThrownBy(() -> cipher.open("worker.phone", sealed)).isInstanceOf(IllegalStateException.class);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> cipher.open("worker.id_number", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueSealedUnderAnotherKeyDoesNotOpen() {
        String other = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] sealed = new PiiCipher(other).seal("worker.phone", "13812341234");
        assertThatThrownBy(() -> cipher.open("worker.phone", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBlindIndexIsStablePerColumnAndKey() {
        String index = cipher.blindIndex("worker.id_number", "11010519491231002X");
        assertThat(index).hasSize(64).isEqualTo(cipher.blindIndex("worker.id_number", "11010519491231002X"))
                .isNotEqualTo(cipher.blindIndex("worker.id_number", "440524188001010014"))
                .isNotEqualTo(cipher.blindIndex("worker.phone", "11010519491231002X"))
                .isNotEqualTo(new PiiCipher(Base64.getEncoder().encodeToString(new byte[32]))
                        .blindIndex("worker.id_number", "11010519491231002X"));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new PiiCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
    }
}
