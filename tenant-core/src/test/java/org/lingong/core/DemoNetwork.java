package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Suqian's demo regions and service network (the files `./lingong run` loads), put into a test city through the API. */
public final class DemoNetwork {

    public static final Path DEMO = Path.of("..", "dev-stack", "src", "main", "resources", "demo");

    private DemoNetwork() {
    }

    /** Imports Suqian's regions and creates its carriers in {@code tenant}; returns the carriers as they were sent. */
    public static JsonNode load(Api api, String tenant, String adminToken) {
        try {
            Api.Response regions = api.call("POST", "/api/v1/regions/import", adminToken,
                    Map.of("X-Lingong-Tenant", tenant, "Content-Type", "text/csv"),
                    Files.readString(DEMO.resolve("suqian-regions.csv")));
            assertThat(regions.status()).as(regions.raw().body()).isEqualTo(200);
            JsonNode carriers = Api.JSON.readTree(DEMO.resolve("suqian-carriers.json").toFile());
            for (JsonNode carrier : carriers) {
                Api.Response created = api.call("POST", "/api/v1/network/carriers", adminToken,
                        Map.of("X-Lingong-Tenant", tenant), carrier);
                assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                assertThat(created.body().get("name").asString()).isEqualTo(carrier.get("name").asString());
            }
            return carriers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
