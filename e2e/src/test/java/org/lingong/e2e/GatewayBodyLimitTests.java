package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lingong.devstack.Platform;

/**
 * Request bodies are bounded at the gateway (issue 13, item 4, the gateway's share): 10 MB for a job feed, far less
 * for any other request. A larger declared length is refused with a 413 problem before the body is read (the test
 * sends a little of it and waits for the answer); a body without a declared length is cut off once it passes the limit,
 * so no service ever reads more than the limit.
 */
@ExtendWith(RunningPlatform.class)
class GatewayBodyLimitTests {

    private static final String GATEWAY = Platform.gatewayUrl();
    private static final int TEN_MB = 10 * 1024 * 1024;

    private static byte[] head(String method, String target, String token, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
                .append("Host: ").append(URI.create(GATEWAY).getAuthority()).append("\r\n")
                .append("Authorization: Bearer ").append(token).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void expectTooLarge(RawHttp.Answer answer) {
        expectTooLarge(answer, "body-too-large");
    }

    /** A 413 problem of one of these types. */
    private static void expectTooLarge(RawHttp.Answer answer, String... types) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString().replace("https://lingong.org.cn/problems/", ""))
                .isIn((Object[]) types);
        assertThat(answer.json().at("/titles/zh").asString()).isNotBlank();
        assertThat(answer.json().at("/titles/en").asString()).isNotBlank();
    }

    private static byte[] csvRows(int bytes) {
        byte[] body = new byte[bytes];
        byte[] row = "title,category,slots\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes; i++) {
            body[i] = row[i % row.length];
        }
        return body;
    }

    @Test
    void aDeclaredFeedOverTenMegabytesIsRefusedBeforeItIsSent() {
        String token = RunningPlatform.token("suqian-admin");
        // 11 MB declared, 256 KB sent: only an answer that does not wait for the body can come back.
        RawHttp.Answer answer = RawHttp.send(GATEWAY, head("POST", "/t/suqian/api/v1/jobs/imports?format=CSV", token,
                "Content-Type: text/csv", "Content-Length: " + 11 * 1024 * 1024), csvRows(256 * 1024));

        expectTooLarge(answer);
        assertThat(answer.json().path("detail").asString()).contains("10 MB");
    }

    @Test
    void anUndeclaredFeedIsCutOffAtTenMegabytes() {
        String token = RunningPlatform.token("suqian-admin");
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] chunk = csvRows(64 * 1024);
        for (int sent = 0; sent <= TEN_MB + chunk.length; sent += chunk.length) {
            chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        // The gateway's cut-off and the import's own streaming limit are both at 10 MB: whichever counts the byte past
        // it first answers, each with a 413 problem.
        expectTooLarge(RawHttp.send(GATEWAY, head("POST", "/t/suqian/api/v1/jobs/imports?format=CSV", token,
                "Content-Type: text/csv", "Transfer-Encoding: chunked"), chunked.toByteArray()),
                "body-too-large", "import-too-large");
    }

    @Test
    void anyOtherBodyIsBoundedFarBelowThat() {
        String token = RunningPlatform.token("suqian-admin");
        byte[] json = ("{\"title\":\"" + "长".repeat(700_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        expectTooLarge(RawHttp.send(GATEWAY, head("POST", "/t/suqian/api/v1/jobs", token,
                "Content-Type: application/json", "Content-Length: " + json.length), json));
    }

    @Test
    void aFeedWithinTheLimitStillReachesTheImport() {
        String token = RunningPlatform.token("suqian-admin");
        byte[] feed = csvRows(TEN_MB - 1024);

        // A format the import does not know: tenant-core reads the feed and refuses it, so nothing is written.
        RawHttp.Answer answer = RawHttp.send(GATEWAY, head("POST", "/t/suqian/api/v1/jobs/imports?format=NOPE", token,
                "Content-Type: text/csv", "Content-Length: " + feed.length, "Connection: close"), feed);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("type").asString())
                .isEqualTo("https://lingong.org.cn/problems/unknown-import-format");
    }
}
