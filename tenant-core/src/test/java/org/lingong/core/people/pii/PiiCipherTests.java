package org.lingong.core.people.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Sealing: bound to column, row and key id; rotation by key id; the old format opened only to be re-sealed. */
class PiiCipherTests {

    private static final String K1 = "k1:" + key('a');
    private static final String K2 = "k2:" + key('b');
    private static final String INDEX = key('i');
    private static final String NUMBER = "11010519491231002X";

    private final PiiCipher cipher = new PiiCipher(K1, INDEX, true);
    private final UUID row = UUID.randomUUID();

    @Test
    void sealedValuesOpenAgainButNeverShowTheClearValueAndNameTheirKey() {
        byte[] sealed = cipher.seal("worker.id_number", row, NUMBER);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(NUMBER);
        assertThat(sealed).hasSize(2 + 2 + 12 + 18 + 16);
        assertThat(PiiCipher.keyId(sealed)).contains("k1");
        assertThat(cipher.open("worker.id_number", row, sealed)).isEqualTo(NUMBER);
    }

    @Test
    void everySealingUsesAFreshNonce() {
        assertThat(cipher.seal("worker.phone", row, "13812341234"))
                .isNotEqualTo(cipher.seal("worker.phone", row, "13812341234"));
    }

    @Test
    void aValueOpensOnlyInItsColumnOfItsRowUnaltered() {
        byte[] sealed = cipher.seal("worker.id_number", row, NUMBER);
        assertThatThrownBy(() -> cipher.open("worker.phone", row, sealed)).isInstanceOf(PiiCipher.SealBroken.class);
        assertThatThrownBy(() -> cipher.open("worker.id_number", UUID.randomUUID(), sealed))
                .as("moved to another person's row").isInstanceOf(PiiCipher.SealBroken.class)
                .hasMessageNotContaining(NUMBER);
        byte[] altered = sealed.clone();
        altered[20] ^= 1;
        assertThatThrownBy(() -> cipher.open("worker.id_number", row, altered)).isInstanceOf(PiiCipher.SealBroken.class);
        assertThatThrownBy(() -> cipher.open("worker.id_number", row, Arrays.copyOf(sealed, 10)))
                .isInstanceOf(PiiCipher.SealBroken.class);
    }

    @Test
    void theKeyIdIsAuthenticatedSoRelabellingAValueDoesNotOpenIt() {
        PiiCipher both = new PiiCipher(K2 + "," + K1, INDEX, true);
        byte[] underK1 = cipher.seal("worker.phone", row, "13812341234");
        byte[] relabelled = underK1.clone();
        relabelled[3] = '2';
        assertThat(PiiCipher.keyId(relabelled)).contains("k2");
        assertThatThrownBy(() -> both.open("worker.phone", row, relabelled)).isInstanceOf(PiiCipher.SealBroken.class);
    }

    @Test
    void aRotatedRingSealsUnderTheNewKeyAndStillOpensTheOld() {
        byte[] old = cipher.seal("worker.phone", row, "13812341234");
        PiiCipher rotated = new PiiCipher(K2 + "," + K1, INDEX, true);
        assertThat(rotated.currentKeyId()).isEqualTo("k2");
        assertThat(rotated.open("worker.phone", row, old)).isEqualTo("13812341234");
        byte[] resealed = rotated.seal("worker.phone", row, rotated.open("worker.phone", row, old));
        assertThat(PiiCipher.keyId(resealed)).contains("k2");

        PiiCipher oldDropped = new PiiCipher(K2, INDEX, true);
        assertThat(oldDropped.open("worker.phone", row, resealed)).isEqualTo("13812341234");
        assertThatThrownBy(() -> oldDropped.open("worker.phone", row, old)).isInstanceOf(PiiCipher.SealBroken.class)
                .hasMessageContaining("key k1, which is not configured");
        assertThatThrownBy(() -> new PiiCipher("k1:" + key('c'), INDEX, true).open("worker.phone", row, old))
                .as("another key under the same id").isInstanceOf(PiiCipher.SealBroken.class);
    }

    @Test
    void theBlindIndexIsStablePerColumnAndIndexKeyAndOutlivesARotation() {
        String index = cipher.blindIndex("worker.id_number", NUMBER);
        assertThat(index).hasSize(64).isEqualTo(cipher.blindIndex("worker.id_number", NUMBER))
                .isEqualTo(new PiiCipher(K2, INDEX, true).blindIndex("worker.id_number", NUMBER))
                .isNotEqualTo(cipher.blindIndex("worker.id_number", "440524188001010014"))
                .isNotEqualTo(cipher.blindIndex("worker.phone", NUMBER))
                .isNotEqualTo(new PiiCipher(K1, key('j'), true).blindIndex("worker.id_number", NUMBER));
    }

    @Test
    void theUnversionedFormatOpensUnderAnyKeyOfTheRingAndNothingElse() throws GeneralSecurityException {
        byte[] legacy = unversioned("b", "worker.phone", "13812341234");
        assertThat(new PiiCipher(K2 + "," + K1, INDEX, true).openUnversioned("worker.phone", row, legacy))
                .isEqualTo("13812341234");
        assertThatThrownBy(() -> cipher.openUnversioned("worker.phone", row, legacy))
                .isInstanceOf(PiiCipher.SealBroken.class).hasMessageContaining(row.toString());
        assertThatThrownBy(() -> cipher.open("worker.phone", row, legacy)).isInstanceOf(PiiCipher.SealBroken.class);
    }

    @Test
    void wrongKeysAndTheDevelopmentKeyInProductionAreRefused() {
        assertThatThrownBy(() -> new PiiCipher("k1:" + Base64.getEncoder().encodeToString(new byte[16]), INDEX, true))
                .hasMessageContaining("exactly 32");
        assertThatThrownBy(() -> new PiiCipher(K1, Base64.getEncoder().encodeToString(new byte[16]), true))
                .hasMessageContaining("LINGONG_PII_INDEX_KEY");
        assertThatThrownBy(() -> new PiiCipher(K1 + ",dev:" + PiiCipher.DEV_KEY, INDEX, true))
                .hasMessageContaining("development key");
        assertThat(new PiiCipher("dev:" + PiiCipher.DEV_KEY, INDEX, false).currentKeyId()).isEqualTo("dev");
    }

    /** A value as the code before key ids sealed it: nonce || ciphertext+tag, the column alone associated. */
    private static byte[] unversioned(String fill, String column, String clear) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(fill.repeat(32).getBytes(), "AES"),
                new GCMParameterSpec(128, nonce));
        aes.updateAAD(column.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
