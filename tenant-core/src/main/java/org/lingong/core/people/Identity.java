package org.lingong.core.people;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Clear personal values of one worker or employer, for the audited read only. {@link #toString()} names the fields,
 * never their values, so it cannot leak into a log.
 */
record Identity(UUID id, Map<String, String> fields) {

    Identity {
        fields = new TreeMap<>(fields);
    }

    /** For the audit trail: which fields were revealed (names only). */
    String fieldNames() {
        return String.join(",", fields.keySet());
    }

    @Override
    public String toString() {
        return "Identity[id=" + id + ", fields=" + fields.keySet() + "]";
    }
}
