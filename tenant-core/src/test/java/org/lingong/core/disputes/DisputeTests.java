package org.lingong.core.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lingong.common.i18n.China;
import org.lingong.core.Api;
import org.lingong.core.TestTenants;
import org.lingong.core.orders.OrderWorld;
import org.lingong.core.orders.OrderWorldTests;
import tools.jackson.databind.JsonNode;

/**
 * A dispute about an order through mediation to arbitration, the agreement and the case file as PDFs, and the city's
 * figures against its targets; every step refused where the case does not stand for it, and another city's staff find
 * nothing.
 */
class DisputeTests extends OrderWorldTests {

    private String mediator() {
        return world.api.call("POST", "/api/v1/disputes/mediators", world.admin, world.in(),
                Map.of("name", "周调解", "organisation", "零工市场劳动争议调解室")).expect(201).body().get("id").asString();
    }

    /** A confirmed order (its contract made) between a new worker and a new employer. */
    private String confirmedOrder() {
        OrderWorld.Person employer = world.employer();
        String job = world.job(employer, 1, Instant.now().plus(2, ChronoUnit.DAYS)).get("id").asString();
        String order = world.grab(world.worker(), job).expect(201).body().get("id").asString();
        world.act(employer.token(), order, "confirm", null).expect(200);
        return order;
    }

    private Api.Response open(String order, String mediator, String source, Long complaint) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderId", order);
        body.put("source", source);
        body.put("complaintNumber", complaint);
        body.put("mediatorId", mediator);
        body.put("claimFen", 30_000);
        body.put("claim", "拖欠两天工资共 300 元，联系电话 13912345678");
        return world.api.call("POST", "/api/v1/disputes", world.staff(), world.in(), body);
    }

    private Api.Response step(String id, String step, Object body) {
        return world.api.call("POST", "/api/v1/disputes/" + id + "/" + step, world.staff(), world.in(), body);
    }

    private String pdfText(String id, String name) throws IOException {
        HttpResponse<byte[]> pdf = world.api.download("/api/v1/disputes/" + id + "/" + name, world.staff(), world.in());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void aFailedMediationGoesToArbitrationWithItsCaseFileAndCloses() throws Exception {
        String mediator = mediator();
        world.api.call("POST", "/api/v1/disputes/mediators", world.staff(), world.in(),
                Map.of("name", "越权", "organisation", "无")).expect(403);
        String order = confirmedOrder();

        JsonNode opened = open(order, mediator, "STAFF", null).expect(201).body();
        String id = opened.get("id").asString();
        assertThat(opened.get("status").asString()).isEqualTo("MEDIATING");
        assertThat(opened.get("overdue").asBoolean()).isFalse();
        assertThat(opened.get("claim").asString()).startsWith("拖欠两天工资").doesNotContain("13912345678");
        assertThat(Duration.between(Instant.parse(opened.get("openedAt").asString()),
                Instant.parse(opened.get("mediationDueAt").asString()))).isEqualTo(Duration.ofDays(15));
        assertThat(opened.get("workerName").asString()).contains("*");
        open(order, mediator, "STAFF", null).expectProblem(409, "dispute-exists");

        step(id, "sessions", Map.of("heldAt", Instant.now().minusSeconds(600).toString(), "place", "宿城区零工市场调解室",
                "notes", "双方到场，用工单位称工人提前离岗")).expect(200);
        step(id, "sessions", Map.of("heldAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "place", "调解室",
                "notes", "未来")).expectProblem(400, "invalid-request");
        world.api.get("/api/v1/disputes/" + id + "/agreement.pdf", world.staff(), world.in())
                .expectProblem(409, "dispute-transition");

        // The order's own record comes attached: the job, the contract the chain vouches for.
        JsonNode read = world.api.get("/api/v1/disputes/" + id, world.staff(), world.in()).expect(200).body();
        assertThat(read.get("sessions").size()).isEqualTo(1);
        assertThat(read.at("/evidence/orderStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(read.at("/evidence/steps").valueStream().map(step -> step.get("to").asString() + "/"
                + step.get("side").asString())).containsExactly("GRABBED/WORKER", "CONFIRMED/EMPLOYER");
        String contract = read.at("/evidence/contract/contractNumber").asString();
        assertThat(contract).isNotBlank();
        assertThat(read.at("/evidence/contract/chainIntact").asBoolean()).isTrue();

        assertThat(step(id, "mediation-failure", Map.of("reason", "用工单位不同意支付")).expect(200).body()
                .get("status").asString()).isEqualTo("MEDIATION_FAILED");
        step(id, "sessions", Map.of("heldAt", Instant.now().toString(), "place", "调解室", "notes", "再谈"))
                .expectProblem(409, "dispute-transition");
        String caseFile = pdfText(id, "case-file.pdf");
        assertThat(caseFile).contains("劳动人事争议案件移送材料", contract, "存证链校验通过", "用工单位不同意支付",
                "已确认（用工单位）")
                .doesNotContain("13912345678");

        step(id, "arbitration", Map.of("commission", "宿迁市劳动人事争议仲裁委员会", "caseNumber", "宿劳人仲案字〔2026〕第 88 号",
                "filedOn", LocalDate.now(China.ZONE).plusDays(1).toString())).expectProblem(400, "invalid-request");
        assertThat(step(id, "arbitration", Map.of("commission", "宿迁市劳动人事争议仲裁委员会",
                "caseNumber", "宿劳人仲案字〔2026〕第 88 号", "filedOn", LocalDate.now(China.ZONE).toString()))
                .expect(200).body().get("status").asString()).isEqualTo("IN_ARBITRATION");
        step(id, "arbitration/result", Map.of("result", "AWARD", "note", "裁决支付"))
                .expectProblem(400, "invalid-request");
        JsonNode closed = step(id, "arbitration/result", Map.of("result", "AWARD", "awardFen", 30_000,
                "note", "裁决用工单位支付 300 元")).expect(200).body();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/arbitration/awardFen").asLong()).isEqualTo(30_000);
        step(id, "mediation-failure", Map.of("reason", "再次")).expectProblem(409, "dispute-transition");

        // Another city's staff find nothing of it.
        String other = TestTenants.uniqueCode();
        String otherAdmin = TestTenants.onboard(world.api, other, "32", "321300");
        world.api.get("/api/v1/disputes/" + id, otherAdmin, Map.of("X-Lingong-Tenant", other))
                .expectProblem(404, "dispute-not-found");
        assertThat(world.api.get("/api/v1/disputes", otherAdmin, Map.of("X-Lingong-Tenant", other)).expect(200)
                .body().size()).isZero();
    }

    @Test
    void anAgreementIsPrintedForThePartiesToSign() throws Exception {
        String mediator = mediator();
        String order = confirmedOrder();
        open(order, mediator, "ARREARS", null).expectProblem(400, "dispute-source-not-found");
        open(order, mediator, "COMPLAINT", 999_999_999L).expectProblem(400, "dispute-source-not-found");
        open(order, "00000000-0000-4000-8000-000000000001", "STAFF", null).expectProblem(404, "mediator-not-found");
        String id = open(order, mediator, "STAFF", null).expect(201).body().get("id").asString();

        Map<String, Object> agreement = new HashMap<>(Map.of("terms", "用工单位当场支付拖欠工资，双方再无其他争议",
                "amountFen", 25_000, "payBy", LocalDate.now(China.ZONE).minusDays(1).toString()));
        step(id, "agreement", agreement).expectProblem(400, "invalid-request");
        agreement.put("payBy", LocalDate.now(China.ZONE).plusDays(3).toString());
        assertThat(step(id, "agreement", agreement).expect(200).body().get("status").asString()).isEqualTo("AGREED");
        String text = pdfText(id, "agreement.pdf");
        assertThat(text).contains("劳动争议调解协议书", "用工单位当场支付拖欠工资", "250.00", "周调解");
        world.api.get("/api/v1/disputes/" + id + "/case-file.pdf", world.staff(), world.in())
                .expectProblem(409, "dispute-transition");
        assertThat(step(id, "agreement/signed", null).expect(200).body().at("/agreement/signedAt").asString())
                .isNotBlank();
        step(id, "agreement/signed", null).expectProblem(409, "dispute-transition");
        // Agreed, the order may see a new case later.
        assertThat(open(order, mediator, "STAFF", null).status()).isEqualTo(201);
    }
}
