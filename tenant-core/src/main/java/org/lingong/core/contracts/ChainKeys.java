package org.lingong.core.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.lingong.common.config.DevDefaultsGuard;
import org.lingong.common.config.KeyRing;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The keys of the contract chain (HMAC-SHA256), held outside the database so that write access to it is not enough to
 * rewrite the chain: a {@link KeyRing}, whose first key signs new entries while every listed key verifies the entries
 * that name its id.
 */
@Component
class ChainKeys {

    /**
     * The key in application.yaml for development ("dev-only-contract-chain-key-not-for-prod"), refused outside the dev
     * profile, like every development secret.
     */
    static final String DEV_KEY = "ZGV2LW9ubHktY29udHJhY3QtY2hhaW4ta2V5LW5vdC1mb3ItcHJvZA==";

    private static final int MIN_KEY_BYTES = 32;

    private final KeyRing ring;

    @Autowired
    ChainKeys(@Value("${lingong.contracts.chain-keys}") String configured, Environment environment) {
        this(configured, !environment.acceptsProfiles(Profiles.of(DevDefaultsGuard.DEV_PROFILE)));
    }

    ChainKeys(String configured, boolean production) {
        this.ring = KeyRing.parse("lingong.contracts.chain-keys (LINGONG_CONTRACT_CHAIN_KEYS)", configured,
                MIN_KEY_BYTES, Integer.MAX_VALUE, DEV_KEY, production);
    }

    /** The id of the key that signs new entries. */
    String currentId() {
        return ring.currentId();
    }

    /** HMAC-SHA256 of the text under the named key, as 64 hex digits; empty when no such key is configured. */
    Optional<String> mac(String keyId, String text) {
        return ring.key(keyId).map(key -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JDK has HmacSHA256", e);
            }
        });
    }
}
