package org.lingong.core.network;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stored carrier, with the guideline warnings it still carries (e.g. a market under 100 m² in a WARN city). */
record Carrier(long id, @JsonUnwrapped CarrierRequest data, Instant createdAt, Instant updatedAt,
               List<Map<String, String>> warnings) {
}
