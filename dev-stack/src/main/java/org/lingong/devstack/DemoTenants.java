package org.lingong.devstack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the demo cities (宿迁, 连云港, 淮南, 婺城区) through the same public onboarding API an operator uses —
 * through the gateway, as platform-admin — and waits until each is active; then, as each city's admin, loads the city's
 * regions and service network, a station-staff login where there is a network, and a few hundred gigs per city through
 * the bulk-import API. Safe to repeat: onboarding is idempotent, and network, staff login and jobs are added only
 * where they are missing.
 */
public final class DemoTenants {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoTenants() {
    }

    /** The onboarding requests of the demo cities, as kept in {@code demo/tenants.json}. */
    public static List<JsonNode> requests() {
        try (InputStream in = DemoTenants.class.getResourceAsStream("/demo/tenants.json")) {
            return List.copyOf(JSON.readTree(in).values());
        } catch (IOException e) {
            throw new IllegalStateException("demo/tenants.json is unreadable", e);
        }
    }

    /** Onboards every demo city through the gateway, with tokens from the realm at {@code issuerUri}. */
    public static void onboard(String issuerUri, String gatewayUrl) {
        for (JsonNode request : requests()) {
            onboard(issuerUri, gatewayUrl, request, request.get("code").asString());
        }
    }

    /**
     * Onboards one city from a request shaped like those in {@code demo/tenants.json}, and gives it the demo network,
     * staff login and gigs of the demo city named {@code demo} (its regions, carriers and jobs feed), if it has them.
     */
    public static void onboard(String issuerUri, String gatewayUrl, JsonNode request, String demo) {
        String token = "Bearer " + passwordGrantToken(issuerUri, "platform-admin", "demo");
        String code = request.get("code").asString();
        send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/platform/onboardings"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())), 202);
        JsonNode progress = awaitOnboarded(gatewayUrl, token, code);
        System.out.printf("demo: %s %s — %s%n", code, request.get("nameZh").asString(),
                progress.get("status").asString());
        awaitRouted(gatewayUrl, code);
        String cityAdmin = "Bearer " + passwordGrantToken(issuerUri, request.at("/admin/username").asString(),
                request.at("/admin/password").asString());
        String city = gatewayUrl + "/t/" + code;
        loadNetwork(city, cityAdmin, code, demo);
        openStaffAccount(city, cityAdmin, code, demo);
        verifyDemoEmployer(issuerUri, city, cityAdmin, code, demo);
        loadJobs(city, cityAdmin, request, demo);
    }

    /**
     * The demo employer, {@code employer-wang} (password {@code demo}), as a verified employer of 宿迁: its company
     * profile and a drawn business licence go to the review queue, and the city's admin approves them — once.
     */
    private static void verifyDemoEmployer(String issuerUri, String city, String cityAdmin, String code, String demo) {
        if (!"suqian".equals(code)) {
            return; // 宿迁 itself, not the copies tests make of it
        }
        String employer = "Bearer " + passwordGrantToken(issuerUri, "employer-wang", "demo");
        HttpResponse<String> mine = exchange(HttpRequest.newBuilder(URI.create(city + "/api/v1/employers/me"))
                .header("Authorization", employer).GET());
        if (mine.statusCode() == 200) {
            return;
        }
        String profile = JSON.createObjectNode().put("legalName", "宿迁市王记家政服务有限公司")
                .put("creditCode", "91321300MA1WANG01P").put("legalRepresentative", "王建国")
                .put("contactName", "王经理").put("contactPhone", "13805271234")
                .put("address", "宿迁市宿城区发展大道 88 号").toString();
        send(HttpRequest.newBuilder(URI.create(city + "/api/v1/employers/me")).header("Authorization", employer)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(profile)), 200);
        JsonNode pending = send(HttpRequest.newBuilder(URI.create(city + "/api/v1/employers/me/licence"))
                .header("Authorization", employer).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(licenceImage())), 200);
        send(HttpRequest.newBuilder(URI.create(city + "/api/v1/employers/" + pending.get("id").asString()
                        + "/verification")).header("Authorization", cityAdmin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVE\"}")), 200);
        System.out.printf("demo: %s employer — employer-wang verified%n", code);
    }

    /** A plain image standing in for the scan of a business licence. */
    private static byte[] licenceImage() {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF6EBD9));
        g.fillRect(0, 0, 240, 160);
        g.setColor(new Color(0xB22222));
        g.drawRect(8, 8, 223, 143);
        g.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The city's counties, townships and villages ({@code demo/<code>-regions.csv}) and its markets, stations and
     * windows ({@code demo/<code>-carriers.json}) — once, and only for a city that has these files. The counties are
     * the official divisions; township and village codes there are plausible rather than official.
     */
    private static void loadNetwork(String city, String token, String code, String demo) {
        String regions = "/demo/" + demo + "-regions.csv";
        if (!hasNetwork(demo)
                || send(HttpRequest.newBuilder(URI.create(city + "/api/v1/network/carriers?size=1"))
                        .header("Authorization", token).GET(), 200).get("total").asLong() > 0) {
            return;
        }
        JsonNode imported = send(HttpRequest.newBuilder(URI.create(city + "/api/v1/regions/import"))
                .header("Authorization", token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(resource(regions))), 200);
        JsonNode carriers = JSON.readTree(resource("/demo/" + demo + "-carriers.json"));
        for (JsonNode carrier : carriers.values()) {
            send(HttpRequest.newBuilder(URI.create(city + "/api/v1/network/carriers")).header("Authorization", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(carrier.toString())), 201);
        }
        System.out.printf("demo: %s network — %d regions and %d carriers loaded%n", code, imported.get("total").asInt(),
                carriers.size());
    }

    /**
     * A station-staff login, {@code <code>-staff} with the password {@code demo}, for a city with a service network —
     * opened by the city's admin through the staff-accounts API, once.
     */
    private static void openStaffAccount(String city, String token, String code, String demo) {
        String username = code + "-staff";
        if (!hasNetwork(demo)
                || send(HttpRequest.newBuilder(URI.create(city + "/api/v1/staff-accounts")).header("Authorization", token)
                        .GET(), 200).get("items").valueStream().anyMatch(a -> a.get("username").asString().equals(username))) {
            return;
        }
        String account = JSON.createObjectNode().put("username", username).put("lastName", "陈").put("firstName", "晓")
                .put("email", username + "@demo.lingong.invalid").put("password", "demo").toString();
        send(HttpRequest.newBuilder(URI.create(city + "/api/v1/staff-accounts")).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(account)), 201);
        System.out.printf("demo: %s station staff — %s opened%n", code, username);
    }

    private static boolean hasNetwork(String code) {
        return DemoTenants.class.getResource("/demo/" + code + "-regions.csv") != null;
    }

    /** A few hundred gigs around the city's centre through the bulk-import API — once. */
    private static void loadJobs(String city, String token, JsonNode request, String demo) {
        if (send(HttpRequest.newBuilder(URI.create(city + "/api/v1/jobs?size=1")).header("Authorization", token).GET(), 200)
                .get("total").asLong() > 0) {
            return;
        }
        String feed = DemoJobs.feed(JSON, demo, request.get("nameZh").asString(),
                request.at("/center/latitude").asDouble(), request.at("/center/longitude").asDouble(), 150).toString();
        JsonNode started = send(HttpRequest.newBuilder(URI.create(city + "/api/v1/jobs/imports?format=json&fileName=demo.json"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(feed)), 202);
        JsonNode report = started;
        Instant deadline = Instant.now().plusSeconds(120);
        while (!report.get("status").asString().equals("DONE") && Instant.now().isBefore(deadline)) {
            ServerProcess.sleep(Duration.ofMillis(250));
            report = send(HttpRequest.newBuilder(URI.create(city + "/api/v1/jobs/imports/" + started.get("id").asString()))
                    .header("Authorization", token).GET(), 200);
        }
        System.out.printf("demo: %s jobs — %d imported, %d rejected%n", request.get("code").asString(),
                report.get("accepted").asInt(), report.get("rejected").size());
    }

    private static String resource(String name) {
        try (InputStream in = DemoTenants.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name + " is unreadable", e);
        }
    }

    private static JsonNode awaitOnboarded(String gatewayUrl, String token, String code) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/platform/onboardings/" + code))
                    .header("Authorization", token).GET(), 200);
            switch (progress.get("status").asString()) {
                case "SUCCEEDED" -> {
                    return progress;
                }
                case "FAILED" -> throw new IllegalStateException("onboarding of " + code + " failed: " + progress);
                default -> ServerProcess.sleep(Duration.ofMillis(200));
            }
        }
        throw new IllegalStateException("onboarding of " + code + " did not finish within 120 s");
    }

    /** The gateway learns of a new city within its registry poll interval (2 s); wait for it rather than race it. */
    public static void awaitRouted(String gatewayUrl, String code) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Http.answers200(gatewayUrl + "/t/" + code + "/api/v1/tenant")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the gateway does not route " + code + " within 30 s");
            }
            ServerProcess.sleep(Duration.ofMillis(200));
        }
    }

    /** A user's access token from dev-stack's realm (password grant on the public client {@code lingong-app}). */
    public static String passwordGrantToken(DevStack stack, String username, String password) {
        return passwordGrantToken(stack.issuerUri(), username, password);
    }

    /** A user's access token from the realm at {@code issuerUri} (password grant on {@code lingong-app}). */
    public static String passwordGrantToken(String issuerUri, String username, String password) {
        String form = "grant_type=password&client_id=lingong-app&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        JsonNode token = send(HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return token.get("access_token").asString();
    }

    /** A service's access token from the realm at {@code issuerUri} (client credentials of a confidential client). */
    public static String clientCredentialsToken(String issuerUri, String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200).get("access_token").asString();
    }

    private static JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
