package org.lingong.admin.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.LocalGateway;
import org.lingong.admin.api.LocalGateway.Answer;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.verification.EmployerReviewApi.Decision;
import org.lingong.admin.verification.EmployerReviewApi.PendingEmployer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The employer review's calls as the gateway receives them, and the API's answers as the page gets them. */
class EmployerReviewApiTests {

    private static final UUID EMPLOYER = UUID.fromString("5f1c2a9e-7d3b-4c8a-b2e1-9a0d6c4e8f21");
    /** An EmployerDetails of the API as staff see it, with the fields the queue does not read. */
    private static final String QUEUE = """
            {"items": [{"id": "%s", "legalName": "宿迁市顺达物流有限公司", "creditCode": "9132**********4X",
              "legalRepresentative": "周**", "contactName": "孙**", "contactPhone": "139****0001", "address": null,
              "status": "PENDING", "statusReason": null, "statusNote": null, "submittedAt": "2026-12-07T01:30:00Z",
              "verifiedAt": null, "updatedAt": "2026-12-07T01:30:00Z",
              "licence": {"contentType": "image/png", "size": 2048, "sha256": "ab", "uploadedAt": "2026-12-07T01:30:00Z"}}],
             "page": 0, "size": 50, "total": 1}""".formatted(EMPLOYER);
    private static final String NOTE_REQUIRED = """
            {"type": "https://lingong.org.cn/problems/verification-note-required", "title": "请填写原因",
             "status": 400, "errors": [{"field": "note", "message": "请填写原因"}]}""";

    @Test
    void theQueueIsTheCitysPendingEmployersMaskedAsTheApiSendsThem() {
        try (LocalGateway gateway = new LocalGateway(request -> Answer.json(200, QUEUE))) {
            EmployerReviewApi.Queue queue = new EmployerReviewApi(gateway.api(), "suqian").pending(1, 50);

            LocalGateway.Request sent = gateway.requests().getFirst();
            assertThat(sent.uri()).isEqualTo("/t/suqian/api/v1/employers?status=PENDING&page=1&size=50");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer " + LocalGateway.TOKEN);
            assertThat(queue.items()).containsExactly(new PendingEmployer(EMPLOYER, "宿迁市顺达物流有限公司",
                    "9132**********4X", "周**", "孙**", "139****0001", null, Instant.parse("2026-12-07T01:30:00Z")));
        }
    }

    @Test
    void theLicenceComesThroughTheConsoleWithTheStaffsTokenAndItsType() {
        try (LocalGateway gateway = new LocalGateway(request -> new Answer(200, "image/png", "licence-bytes"))) {
            PlatformApi.File licence = new EmployerReviewApi(gateway.api(), "suqian").licence(EMPLOYER);

            LocalGateway.Request sent = gateway.requests().getFirst();
            assertThat(sent.method()).isEqualTo("GET");
            assertThat(sent.uri()).isEqualTo("/t/suqian/api/v1/employers/" + EMPLOYER + "/licence");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer " + LocalGateway.TOKEN);
            assertThat(licence.contentType()).isEqualTo("image/png");
            assertThat(new String(licence.bytes(), StandardCharsets.UTF_8)).isEqualTo("licence-bytes");
        }
    }

    @Test
    void aDecisionSendsItsNoteAndTheApisVerdictOnABlankOneComesBackForTheNoteField() {
        try (LocalGateway gateway = new LocalGateway(request -> json(request.body()).path("decision").asString()
                .equals("ASK_MORE") && json(request.body()).path("note").asString("").isBlank()
                ? Answer.problem(400, NOTE_REQUIRED) : Answer.json(200, "{}"))) {
            EmployerReviewApi review = new EmployerReviewApi(gateway.api(), "suqian");

            ApiProblem refused = catchThrowableOfType(ApiProblem.class,
                    () -> review.decide(EMPLOYER, Decision.ASK_MORE, ""));
            review.decide(EMPLOYER, Decision.APPROVE, null);

            assertThat(refused.fieldErrors()).containsEntry("note", "请填写原因");
            LocalGateway.Request sent = gateway.requests().getLast();
            assertThat(sent.uri()).isEqualTo("/t/suqian/api/v1/employers/" + EMPLOYER + "/verification");
            assertThat(json(sent.body()).path("decision").asString()).isEqualTo("APPROVE");
        }
    }

    private static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }
}
