package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.people.KeycloakTestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the committed OpenAPI document, sent bad input it documents: malformed JSON, the wrong JSON
 * shape, a wrong content type, each body field with a value of the wrong type or a huge string, each parameter with a
 * value of the wrong type. Each answer must be a 4xx problem (RFC 9457 JSON with a type and a title) — never a 5xx, an
 * empty body or a framework page — and none may change the city's data or the platform's tenants. The callers are the
 * city's own people in every role, so the requests reach the validation behind the access checks.
 */
class BadInputTests extends TenantCoreTests {

    private static final Path DOCUMENT = Path.of("..", "docs", "openapi", "tenant-core.json");
    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();
    private static final String HUGE = "长".repeat(20_000);

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    private record Attempt(String method, String path, String contentType, String body, String what) {
    }

    @Test
    void everyDocumentedOperationAnswersBadInputWithAProblemAndWritesNothing() throws IOException {
        String city = TestTenants.uniqueCode();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("city-admin", TestTenants.onboard(api(), city, "32", "321300"));
        for (String role : List.of("station-staff", "worker", "employer")) {
            callers.put(role, Api.userToken(USERS.create(city + "-" + role, role, city), KeycloakTestUsers.PASSWORD));
        }
        callers.put("platform-admin", Api.userToken("platform-admin", "demo"));
        JsonNode document = Api.JSON.readTree(Files.readString(DOCUMENT));
        String before = fingerprint(city);

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        int tried = 0;
        int reached = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Attempt attempt : attempts(document, operation.getKey().toUpperCase(), path.getKey(),
                        operation.getValue())) {
                    tried++;
                    boolean passed = false;
                    for (Map.Entry<String, String> caller : callers.entrySet()) {
                        Map<String, String> headers = new LinkedHashMap<>();
                        headers.put("X-Lingong-Tenant", city);
                        if (attempt.contentType() != null) {
                            headers.put("Content-Type", attempt.contentType());
                        }
                        Api.Response response = api().call(attempt.method(), attempt.path(), caller.getValue(),
                                headers, attempt.body());
                        sent++;
                        passed |= response.status() != 401 && response.status() != 403;
                        String problem = problemIn(response);
                        if (problem != null) {
                            wrong.add(attempt.method() + " " + attempt.path().replaceAll("长{20,}", "长…")
                                    + " (" + attempt.what() + ", as " + caller.getKey() + "): " + problem);
                        }
                    }
                    if (passed) {
                        reached++;
                    }
                }
            }
        }

        assertThat(sent).as("requests sent").isGreaterThan(1_000);
        // Refusals for want of a role prove nothing about validation: most bad inputs must get past them for someone.
        assertThat(reached).as("bad inputs that reached validation for some caller").isGreaterThan(tried * 3 / 4);
        assertThat(wrong).as("answers that are not 4xx problem JSON").isEmpty();
        assertThat(fingerprint(city)).as("the city's data and the platform's tenants are as they were").isEqualTo(before);
    }

    /** What is wrong with an answer to bad input, or null when it is a 4xx problem. */
    private static String problemIn(Api.Response response) {
        int status = response.status();
        if (status < 400 || status > 499) {
            return "status " + status + " " + abbreviate(response.raw().body());
        }
        String type = response.raw().headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " with Content-Type " + type;
        }
        if (!response.body().hasNonNull("type") || !response.body().hasNonNull("title")) {
            return status + " problem without type or title: " + abbreviate(response.raw().body());
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** The bad requests for one operation: every parameter spoiled in turn, then the body spoiled every way. */
    private static List<Attempt> attempts(JsonNode document, String method, String template, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        List<Attempt> attempts = new ArrayList<>();
        for (JsonNode spoiled : parameters) {
            String bad = wrongType(resolve(document, spoiled.path("schema")));
            if (bad == null || !spoiled.path("in").asString().matches("path|query")) {
                continue;
            }
            attempts.add(new Attempt(method, url(document, template, parameters, spoiled, bad), null, null,
                    spoiled.get("name").asString() + "=" + bad));
        }
        String url = url(document, template, parameters, null, null);
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            attempts.add(new Attempt(method, url, "application/json", "{\"unfinished\": ", "malformed JSON"));
            attempts.add(new Attempt(method, url, "application/json", "[1, 2, 3]", "an array, not an object"));
            attempts.add(new Attempt(method, url, "text/plain", "plain text", "a text body"));
            JsonNode schema = resolve(document, content.get("application/json").path("schema"));
            for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
                JsonNode fieldSchema = resolve(document, field.getValue());
                ObjectNode body = Api.JSON.createObjectNode();
                body.set(field.getKey(), wrongValue(fieldSchema));
                attempts.add(new Attempt(method, url, "application/json", body.toString(),
                        field.getKey() + " of the wrong type"));
                if (type(fieldSchema).equals("string")) {
                    attempts.add(new Attempt(method, url, "application/json",
                            Api.JSON.createObjectNode().put(field.getKey(), HUGE).toString(), field.getKey() + " huge"));
                }
            }
        } else if (content.has("multipart/form-data")) {
            attempts.add(new Attempt(method, url, "application/json", "{}", "JSON where a form is expected"));
            attempts.add(new Attempt(method, url, "multipart/form-data; boundary=x", "--x\r\nbroken", "a broken form"));
        }
        return attempts;
    }

    /** The operation's URL with every path parameter filled in, and one parameter spoiled if asked. */
    private static String url(JsonNode document, String template, List<JsonNode> parameters, JsonNode spoiled,
                              String bad) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            boolean isSpoiled = parameter == spoiled;
            String value = isSpoiled ? bad : plausible(resolve(document, parameter.path("schema")));
            switch (parameter.path("in").asString()) {
                case "path" -> path = path.replace("{" + name + "}", encode(value));
                case "query" -> {
                    if (isSpoiled) {
                        query.add(name + "=" + encode(value));
                    }
                }
                default -> {
                }
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** A value of the right type, for the parameters that are not the one spoiled. */
    private static String plausible(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> schema.path("format").asString().equals("uuid") ? UUID.randomUUID().toString()
                    : schema.has("enum") ? schema.get("enum").get(0).asString() : "x";
        };
    }

    /** A value a parameter of this type cannot take, or null for free text (which takes anything). */
    private static String wrongType(JsonNode schema) {
        if (schema.has("enum")) {
            return "NOT_ONE_OF_THEM";
        }
        return switch (type(schema)) {
            case "integer", "number" -> "not-a-number";
            case "boolean" -> "maybe";
            case "string" -> switch (schema.path("format").asString()) {
                case "uuid" -> "not-a-uuid";
                case "date" -> "2026-13-45";
                case "date-time" -> "yesterday";
                default -> null;
            };
            default -> null;
        };
    }

    /** A JSON value no field of this schema accepts: an object where a scalar or list is expected, else a string. */
    private static JsonNode wrongValue(JsonNode schema) {
        String type = type(schema);
        if (type.equals("object") || schema.has("properties")) {
            return Api.JSON.readTree("\"not an object\"");
        }
        return Api.JSON.createObjectNode().put("not", "a " + (type.isEmpty() ? "value" : type));
    }

    /** The schema's type; OpenAPI 3.1 may list several ({@code ["string", "null"]}): the one that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asString().equals("null")) {
                    return one.asString();
                }
            }
            return "";
        }
        return type.asString("");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asString().substring("#/components/schemas/".length());
            resolved = document.path("components").path("schemas").path(name);
        }
        if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
            return resolve(document, resolved.get("allOf").get(0));
        }
        return resolved;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A digest of every row of the city's schema and of the platform's tenants: any write a refused request made
     * changes it. Only the city and tables no background work touches while nothing happens in the city.
     */
    private String fingerprint(String city) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = ? and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                        order by table_name""")
                .param("t_" + city).query(String.class).list();
        StringBuilder digest = new StringBuilder();
        for (String table : tables) {
            digest.append(table).append('=').append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by "
                    + "t::text), '')) from t_" + city + ".\"" + table + "\" t").query(String.class).single()).append(' ');
        }
        digest.append("tenants=").append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t.code), ''))"
                + " from platform.tenant t").query(String.class).single());
        return digest.toString();
    }
}
