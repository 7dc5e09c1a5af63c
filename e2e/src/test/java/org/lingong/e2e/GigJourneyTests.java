package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;
import org.lingong.devstack.junit.ServerSentEvents;
import tools.jackson.databind.JsonNode;

/**
 * The living demo of issue 6, in 宿迁 through the gateway with the real platform: an employer posts a gig, a worker
 * a few hundred metres away hears of it on the notification stream and finds it nearby, grabs it; the employer
 * insures and confirms; both sign the contract, which verifies and downloads as a Chinese PDF; the worker checks in, the
 * employer completes and pays by WeChat, the worker confirms, and the order ends SETTLED with its whole history.
 */
@ExtendWith(RunningPlatform.class)
class GigJourneyTests {

    private static final String SUQIAN = Platform.gatewayUrl() + "/t/suqian/api/v1";
    /** The worker waits at a spot of this test's own, so only this test's gig is near. */
    private final Places.Spot worker = Places.own();
    /** The gig is about 330 m north of the worker. */
    private final Places.Spot gig = worker.north(0.003);
    private static final long WAGE_PER_HOUR_FEN = 2500;
    private static final long AGREED_FEN = 2 * WAGE_PER_HOUR_FEN;

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    /** Each run's own job title, so the run finds its own gig among earlier runs' and the demo data. */
    private final String title = "宿城区超市理货员" + (100 + random.nextInt(900)) + "号";

    @Test
    void anEmployerPostsAGigANearbyWorkerIsNotifiedGrabsItAndIsPaidUnderASignedContract() throws Exception {
        String admin = RunningPlatform.token("suqian-admin");
        try (KeycloakAccounts accounts = new KeycloakAccounts()) {
            String employer = verifiedEmployer(accounts.create("suqian", "employer"), admin);
            String idNumber = ResidentIds.random();
            String workerToken = accounts.create("suqian", "worker");
            JsonNode profile = ok(send("PUT", "/workers/me", workerToken, """
                    {"realName": "周建国", "idNumber": "%s", "phone": "139%08d", "skills": ["理货", "搬运"]}"""
                    .formatted(idNumber, random.nextInt(100_000_000))), 200);
            assertThat(profile.get("status").asString()).isEqualTo("VERIFIED");
            ok(send("PUT", "/workers/me/position", workerToken, """
                    {"latitude": %s, "longitude": %s}""".formatted(worker.latitude(), worker.longitude())), 200);

            // 1. Posted, pushed: the worker's open stream hears of the gig within seconds.
            Instant start = Instant.now().plus(15, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
            Instant end = start.plus(2, ChronoUnit.HOURS);
            String jobId;
            try (ServerSentEvents stream = new ServerSentEvents(SUQIAN + "/workers/me/notifications/stream",
                    workerToken, Map.of())) {
                assertThat(stream.status()).isEqualTo(200);
                jobId = ok(send("POST", "/jobs", employer, """
                        {"title": "%s", "category": "logistics", "description": "超市夜班理货，上架补货，管一顿饭",
                         "slots": 1, "address": "宿迁市宿城区洪泽湖路", "startsAt": "%s", "endsAt": "%s",
                         "term": "SHORT", "contactPolicy": "PLATFORM_ONLY",
                         "wage": {"amountFen": %d, "unit": "HOUR"},
                         "location": {"latitude": %s, "longitude": %s}, "source": {"channel": "EMPLOYER"}}"""
                        .formatted(title, start, end, WAGE_PER_HOUR_FEN, gig.latitude(), gig.longitude())), 201)
                        .get("id").asString();
                Instant posted = Instant.now();
                // The latency is measured in bench/, not asserted here: a loaded test machine is no measure of it.
                ServerSentEvents.Event event = stream.next(Duration.ofSeconds(30));
                assertThat(event).as("notified").isNotNull();
                System.out.printf("e2e journey: notified %d ms after posting%n",
                        Duration.between(posted, Instant.now()).toMillis());
                assertThat(event.data().get("jobId").asString()).isEqualTo(jobId);
                assertThat(event.data().get("jobTitle").asString()).isEqualTo(title);
                assertThat(event.data().get("title").asString()).isEqualTo("附近新岗位：" + title);
                assertThat(event.data().get("body").asString()).isEqualTo("25 元/小时，距您约 330 米");
            }

            // 2. The same gig in the nearby search, Chinese title, nearest first.
            JsonNode nearby = awaitNearby(jobId);
            List<Long> distances = nearby.get("hits").valueStream().map(hit -> hit.get("distanceMeters").asLong()).toList();
            assertThat(distances).isSorted();
            JsonNode hit = nearby.get("hits").valueStream().filter(h -> h.get("jobId").asString().equals(jobId))
                    .findFirst().orElseThrow();
            assertThat(hit.get("title").asString()).isEqualTo(title);
            assertThat(hit.get("distanceMeters").asLong()).isBetween(300L, 370L);

            // 3. Grabbed, insured and confirmed by the employer.
            String orderId = ok(send("POST", "/jobs/" + jobId + "/grab", workerToken, null), 201).get("id").asString();
            String policyNumber = "PICC-SQ-" + random.nextInt(1_000_000, 10_000_000);
            ok(send("POST", "/orders/" + orderId + "/insurance", employer, """
                    {"policy": {"type": "ACCIDENT", "insurer": "中国人民财产保险股份有限公司宿迁市分公司",
                     "policyNumber": "%s", "premiumFen": 300, "paidBy": "EMPLOYER"},
                     "coverageStart": "%s", "coverageEnd": "%s"}""".formatted(policyNumber, start, end)), 201);
            assertThat(ok(send("POST", "/orders/" + orderId + "/confirm", employer, null), 200)
                    .get("status").asString()).isEqualTo("CONFIRMED");

            // 4. Both read the contract and sign the hash of the text they were shown; it verifies and prints.
            JsonNode contract = ok(send("GET", "/orders/" + orderId + "/contract", workerToken, null), 200);
            String shown = sha256(contract.get("title").asString() + "\n\n" + contract.get("body").asString());
            assertThat(contract.get("documentHash").asString()).isEqualTo(shown);
            assertThat(contract.get("title").asString()).isEqualTo("零工服务协议通用条款");
            assertThat(contract.get("body").asString()).contains(title, "周**", "25.00 元/小时", policyNumber)
                    .contains(idNumber.charAt(0) + "*".repeat(16) + idNumber.charAt(17))
                    .doesNotContain(idNumber, "周建国");
            assertThat(ok(send("GET", "/orders/" + orderId + "/contract", employer, null), 200)
                    .get("documentHash").asString()).isEqualTo(shown);
            String signature = "{\"documentHash\": \"" + shown + "\"}";
            ok(send("POST", "/orders/" + orderId + "/contract/sign", workerToken, signature), 200);
            JsonNode signed = ok(send("POST", "/orders/" + orderId + "/contract/sign", employer, signature), 200);
            assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
            assertThat(signed.get("signatures").valueStream().map(s -> s.get("role").asString()))
                    .containsExactlyInAnyOrder("WORKER", "EMPLOYER");
            assertThat(ok(send("GET", "/orders/" + orderId + "/contract/verify", workerToken, null), 200)
                    .get("intact").asBoolean()).isTrue();
            assertPdf(Http.download(SUQIAN + "/orders/" + orderId + "/contract.pdf", employer), shown);

            // 5. On the job: check-in at the gig's place (start within 30 min), completion, payment by WeChat, the
            // worker confirms.
            assertThat(ok(send("POST", "/orders/" + orderId + "/check-in", workerToken, """
                    {"latitude": %s, "longitude": %s}""".formatted(gig.latitude(), gig.longitude())), 200)
                    .get("status").asString()).isEqualTo("CHECKED_IN");
            assertThat(ok(send("POST", "/orders/" + orderId + "/complete", employer, null), 200)
                    .get("status").asString()).isEqualTo("COMPLETED");
            JsonNode payment = ok(send("POST", "/orders/" + orderId + "/payments", employer, """
                    {"amountFen": %d, "method": "WECHAT", "paidAt": "%s", "reference": "wx%d"}"""
                    // Not truncated: a journey run within one second would date the payment before its order.
                    .formatted(AGREED_FEN, Instant.now(),
                            random.nextLong(1_000_000_000_000L, 10_000_000_000_000L))), 201);
            assertThat(payment.get("comparedToAgreed").asString()).isEqualTo("AS_AGREED");
            JsonNode confirmed = ok(send("POST", "/orders/" + orderId + "/payments/" + payment.get("id").asString()
                    + "/confirm", workerToken, null), 200);
            assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");

            // 6. Settled, with its whole history; the worker's earnings show the wage.
            JsonNode order = ok(send("GET", "/orders/" + orderId, workerToken, null), 200);
            assertThat(order.at("/order/status").asString()).isEqualTo("SETTLED");
            assertThat(order.get("history").valueStream().map(step -> step.get("to").asString()))
                    .containsExactly("GRABBED", "CONFIRMED", "CHECKED_IN", "COMPLETED", "SETTLED");
            JsonNode earnings = ok(send("GET", "/me/earnings", workerToken, null), 200);
            assertThat(earnings.at("/totals/confirmedFen").asLong()).isEqualTo(AGREED_FEN);
            assertThat(earnings.at("/recent/0/amountFen").asLong()).isEqualTo(AGREED_FEN);
        }
    }

    /** Registers the employer's profile and licence and has the city administrator approve it; its token. */
    private String verifiedEmployer(String employer, String admin) {
        ok(send("PUT", "/employers/me", employer, """
                {"legalName": "宿迁市便民生活超市有限公司", "creditCode": "%s", "legalRepresentative": "刘建军",
                 "contactName": "刘经理", "contactPhone": "137%08d", "address": "宿迁市宿城区洪泽湖路"}"""
                .formatted(CreditCodes.random(), random.nextInt(100_000_000))), 200);
        String id = ok(Http.putFile(SUQIAN + "/employers/me/licence", employer,
                Images.png(600, 400), "image/png"), 200).get("id").asString();
        assertThat(ok(send("POST", "/employers/" + id + "/verification", admin, "{\"decision\": \"APPROVE\"}"), 200)
                .get("status").asString()).isEqualTo("VERIFIED");
        return employer;
    }

    private void assertPdf(HttpResponse<byte[]> pdf, String documentHash) throws Exception {
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("零工服务协议", title, "宿迁市便民生活超市有限公司", "双方已签署", documentHash);
        }
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = Files.write(directory.resolve("contract.pdf"), pdf.body());
        render(file, directory.resolve("contract-page1"));
    }

    /** Page 1 as a PNG for a human look, when poppler's pdftoppm is installed. */
    private static void render(Path pdf, Path pngWithoutSuffix) throws Exception {
        try {
            Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    pdf.toString(), pngWithoutSuffix.toString()).inheritIO().start();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException absent) {
            System.out.println("e2e journey: pdftoppm not installed, no PNG of the contract");
        }
    }

    private JsonNode awaitNearby(String jobId) throws InterruptedException {
        String url = SUQIAN + "/jobs/nearby?lat=" + worker.latitude() + "&lon=" + worker.longitude()
                + "&radiusMeters=1000&size=50";
        Instant deadline = Instant.now().plusSeconds(30);
        Http.Response last;
        do {
            last = Http.get(url, null, Map.of());
            if (last.status() == 200 && last.body().get("hits").valueStream()
                    .anyMatch(hit -> hit.get("jobId").asString().equals(jobId))) {
                return last.body();
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("the gig is not in the nearby search within 30 s; last answer " + last.raw().body());
    }

    private static Http.Response send(String method, String path, String token, String body) {
        return Http.send(method, SUQIAN + path, token, Map.of(), body);
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.body();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
