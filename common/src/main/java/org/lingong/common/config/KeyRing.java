package org.lingong.common.config;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Secret keys named by id, configured as {@code id:base64,id:base64}. The first key is current (it seals or signs what
 * is written now); every listed key still opens or verifies what names its id. A key rotates by putting the new one
 * first and keeping the old ones until nothing names them. A development key is refused outside the dev profile.
 */
public final class KeyRing {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final String currentId;
    private final Map<String, byte[]> keys;

    private KeyRing(String currentId, Map<String, byte[]> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /**
     * Parses a ring; {@code setting} names it in every error. Each key must have {@code minBytes} to {@code maxBytes}
     * bytes; {@code devKey} (base64) is refused when {@code production}.
     */
    public static KeyRing parse(String setting, String configured, int minBytes, int maxBytes, String devKey,
                                boolean production) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String pair : configured.strip().split("\\s*,\\s*")) {
            int colon = pair.indexOf(':');
            String id = colon < 0 ? "" : pair.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException(setting + ": each key is id:base64, the id 1-32 of A-Z a-z 0-9 . _ -;"
                        + " got an entry without one");
            }
            String encoded = pair.substring(colon + 1);
            if (production && devKey.equals(encoded)) {
                throw new IllegalStateException(setting + " holds the development key, which is public; set a real"
                        + " key in production (docs/operations.md)");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + ": key " + id + " is not base64");
            }
            if (key.length < minBytes || key.length > maxBytes) {
                String needed = minBytes == maxBytes ? "exactly " + minBytes
                        : maxBytes == Integer.MAX_VALUE ? "at least " + minBytes : minBytes + " to " + maxBytes;
                throw new IllegalStateException(setting + ": key " + id + " has " + key.length + " bytes, " + needed
                        + " are needed");
            }
            if (keys.put(id, key) != null) {
                throw new IllegalStateException(setting + ": key id " + id + " is listed twice");
            }
        }
        return new KeyRing(keys.keySet().iterator().next(), keys);
    }

    /** The id of the key that seals or signs what is written now. */
    public String currentId() {
        return currentId;
    }

    /** Every configured id, the current one first. */
    public Set<String> ids() {
        return keys.keySet();
    }

    /** A copy of the named key's bytes; empty when no such key is configured. */
    public Optional<byte[]> key(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id)).map(k -> Arrays.copyOf(k, k.length));
    }
}
