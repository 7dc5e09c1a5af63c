package org.lingong.devstack.junit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the OpenAPI document committed under {@code docs/openapi/} true to the code: a service's test fetches the
 * document it serves and compares it with the committed one. Run the tests with {@code -Dopenapi.update=true} to
 * rewrite the committed file after an intended API change (and review the diff).
 */
public final class OpenApiSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiSnapshot() {
    }

    /** Returns a description of the difference, or {@code null} when the served document matches the committed one. */
    public static String compare(String apiDocsUrl, Path committed) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(apiDocsUrl)).build(), HttpResponse.BodyHandlers.ofString());
        ObjectNode served = (ObjectNode) JSON.readTree(response.body());
        served.remove("servers");
        String rendered = JSON.writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, rendered);
            return null;
        }
        if (!Files.exists(committed)) {
            return committed + " is missing: run the tests with -Dopenapi.update=true";
        }
        // Compared as JSON trees: springdoc lists the properties of some schemas (e.g. Jackson's JsonNode) in
        // reflection order, which differs between JVM runs without any change to the API.
        return JSON.readTree(Files.readString(committed)).equals(served) ? null
                : committed + " differs from the served API: review the change and run with -Dopenapi.update=true";
    }
}
