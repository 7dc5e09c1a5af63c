package org.lingong.core.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.lingong.common.config.DevDefaultsGuard;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The keys of the contract chain (HMAC-SHA256), held outside the database so that write access to it is not enough to
 * rewrite the chain. Configured as {@code id:base64,id:base64}: the first key signs new entries, every listed key
 * verifies the entries that name its id, so a key rotates by putting the new one first and keeping the old ones.
 */
@Component
class ChainKeys {

    /**
     * The key in application.yaml for development ("dev-only-contract-chain-key-not-for-prod"), refused outside the dev
     * profile, like every development secret.
     */
    static final String DEV_KEY = "ZGV2LW9ubHktY29udHJhY3QtY2hhaW4ta2V5LW5vdC1mb3ItcHJvZA==";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final int MIN_KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    @Autowired
    ChainKeys(@Value("${lingong.contracts.chain-keys}") String configured, Environment environment) {
        this(configured, !environment.acceptsProfiles(Profiles.of(DevDefaultsGuard.DEV_PROFILE)));
    }

    ChainKeys(String configured, boolean production) {
        for (String pair : configured.strip().split("\\s*,\\s*")) {
            int colon = pair.indexOf(':');
            String id = colon < 0 ? "" : pair.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException("lingong.contracts.chain-keys: each key is id:base64, the id 1-32 of"
                        + " A-Z a-z 0-9 . _ -; got an entry without one");
            }
            String encoded = pair.substring(colon + 1);
            if (production && DEV_KEY.equals(encoded)) {
                throw new IllegalStateException("lingong.contracts.chain-keys holds the development key; set "
                        + "LINGONG_CONTRACT_CHAIN_KEYS in production");
            }
            byte[] key = Base64.getDecoder().decode(encoded);
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalStateException("lingong.contracts.chain-keys: key " + id + " has " + key.length
                        + " bytes, at least " + MIN_KEY_BYTES + " are needed");
            }
            if (keys.put(id, new SecretKeySpec(key, "HmacSHA256")) != null) {
                throw new IllegalStateException("lingong.contracts.chain-keys: key id " + id + " is listed twice");
            }
        }
        this.currentId = keys.keySet().iterator().next();
    }

    /** The id of the key that signs new entries. */
    String currentId() {
        return currentId;
    }

    /** HMAC-SHA256 of the text under the named key, as 64 hex digits; empty when no such key is configured. */
    Optional<String> mac(String keyId, String text) {
        SecretKeySpec key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
