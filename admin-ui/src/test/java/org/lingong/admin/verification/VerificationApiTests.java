package org.lingong.admin.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.LocalGateway;
import org.lingong.admin.api.LocalGateway.Answer;
import org.lingong.admin.verification.VerificationApi.PendingWorker;
import org.lingong.admin.verification.VerificationApi.Queue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The desk's calls as the gateway receives them, and the API's answers as the page gets them. */
class VerificationApiTests {

    private static final UUID WORKER = UUID.fromString("0b6f5a52-3c1e-4f7e-9d51-2a8d1f0c9e11");
    /** A WorkerDetails of the API as staff see it, with the fields the desk does not read. */
    private static final String QUEUE = """
            {"items": [{"id": "%s", "realName": "张**", "idNumber": "3****************4", "phone": "139****5678",
              "skills": ["搬运", "保洁"], "categories": ["logistics"], "priorityGroups": [], "homeRegionCode": "321302",
              "status": "PENDING", "statusReason": "NUMBER_CLAIMED", "statusNote": null, "verificationMethod": null,
              "verifiedAt": null, "updatedAt": "2026-12-07T01:30:00Z"}],
             "page": 0, "size": 50, "total": 1}""".formatted(WORKER);
    private static final String NOTE_REQUIRED = """
            {"type": "https://lingong.org/problems/verification-note-required", "title": "请填写原因",
             "status": 400, "detail": "不予核验或要求补充材料时须写明原因，本人会在自己的档案中看到。",
             "errors": [{"field": "note", "message": "请填写原因"}]}""";

    @Test
    void theQueueIsTheCitysPendingWorkersMaskedAsTheApiSendsThem() {
        try (LocalGateway gateway = new LocalGateway(request -> Answer.json(200, QUEUE))) {
            Queue queue = new VerificationApi(gateway.api(), "suqian").pending(2, 50);

            LocalGateway.Request sent = gateway.requests().getFirst();
            assertThat(sent.method()).isEqualTo("GET");
            assertThat(sent.uri()).isEqualTo("/t/suqian/api/v1/workers?status=PENDING&page=2&size=50");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer " + LocalGateway.TOKEN);
            assertThat(queue.total()).isEqualTo(1);
            assertThat(queue.items()).containsExactly(new PendingWorker(WORKER, "张**", "3****************4",
                    "139****5678", List.of("搬运", "保洁"), "NUMBER_CLAIMED", Instant.parse("2026-12-07T01:30:00Z")));
        }
    }

    @Test
    void aVerificationSendsTheDecisionAndNoNote() {
        try (LocalGateway gateway = new LocalGateway(request -> Answer.json(200, "{}"))) {
            new VerificationApi(gateway.api(), "suqian").verify(WORKER);

            LocalGateway.Request sent = gateway.requests().getFirst();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.uri()).isEqualTo("/t/suqian/api/v1/workers/" + WORKER + "/verification");
            assertThat(sent.header("Content-Type")).startsWith("application/json");
            JsonNode body = json(sent.body());
            assertThat(body.path("decision").asString()).isEqualTo("VERIFY");
            assertThat(body.path("note").isMissingNode() || body.path("note").isNull()).isTrue();
        }
    }

    @Test
    void aRefusalSendsItsNoteAndTheApisVerdictOnABlankOneComesBackForTheNoteField() {
        try (LocalGateway gateway = new LocalGateway(request -> json(request.body()).path("note").asString("")
                .isBlank() ? Answer.problem(400, NOTE_REQUIRED) : Answer.json(200, "{}"))) {
            VerificationApi desk = new VerificationApi(gateway.api(), "suqian");

            ApiProblem refused = catchThrowableOfType(ApiProblem.class, () -> desk.reject(WORKER, ""));
            desk.reject(WORKER, "证件照片与本人不符");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.fieldErrors()).containsEntry("note", "请填写原因");
            JsonNode body = json(gateway.requests().getLast().body());
            assertThat(body.path("decision").asString()).isEqualTo("REJECT");
            assertThat(body.path("note").asString()).isEqualTo("证件照片与本人不符");
        }
    }

    @Test
    void everyReasonForWaitingHasWordsAndAHintInBothLanguages() {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            for (String reason : VerificationPanel.REASONS) {
                assertThat(bundle).as(name).containsKeys("verification.reason." + reason,
                        "verification.hint." + reason);
            }
            assertThat(bundle).as(name).containsKeys("verification.reason.other", "verification.hint.other");
        }
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = VerificationApiTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
