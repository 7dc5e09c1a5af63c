package org.lingong.keycloak.phone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.util.JsonSerialization;

/**
 * The city's name and brand, so the sign-in page is the city's own: read from tenant-core's public city profile
 * ({@code GET /api/v1/tenant}), kept five minutes. A city tenant-core cannot tell about right now leaves the page
 * unbranded (remembered half a minute) rather than the person waiting.
 */
final class CityProfiles {

    /** {@code brand} is the city's brand name (e.g. 零工归宿), empty when it has none. */
    record City(String name, String brand) {
    }

    private record Held(Optional<City> city, Instant until) {
    }

    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final Duration KEEP_UNKNOWN = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    Optional<City> of(URI tenantCore, String city) {
        String key = tenantCore + "|" + city;
        Held known = held.get(key);
        if (known != null && Instant.now().isBefore(known.until())) {
            return known.city();
        }
        Optional<City> read = read(tenantCore, city);
        held.put(key, new Held(read, Instant.now().plus(read.isPresent() ? KEEP : KEEP_UNKNOWN)));
        return read;
    }

    private Optional<City> read(URI tenantCore, String city) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tenantCore.resolve("/api/v1/tenant"))
                    .timeout(TIMEOUT).header("X-Lingong-Tenant", city).header("Accept", "application/json").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            Map<?, ?> profile = JsonSerialization.readValue(response.body(), Map.class);
            String name = text(profile.get("nameZh"));
            String brand = profile.get("branding") instanceof Map<?, ?> branding ? text(branding.get("brandName")) : "";
            return name.isEmpty() ? Optional.empty() : Optional.of(new City(name, brand));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : "";
    }
}
