package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.lingong.devstack.Platform;
import tools.jackson.databind.JsonNode;

/** tenant-core's development SMS outbox, read as a developer would: what was "sent" to a phone in a city. */
final class DevSmsOutbox {

    private DevSmsOutbox() {
    }

    /** The messages to this phone in this city, newest first. */
    static List<JsonNode> sent(String city, String phone) {
        Http.Response sent = Http.get(Platform.serviceUrl("tenant-core") + "/dev/sms-outbox?city=" + city + "&phone="
                + phone, null, Map.of("Accept", "application/json"));
        assertThat(sent.status()).isEqualTo(200);
        return sent.body().valueStream().toList();
    }

    /** The newest code sent to the phone, once one arrives. */
    static String awaitCode(String city, String phone) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonNode> sent = sent(city, phone);
        while (sent.isEmpty()) {
            assertThat(System.nanoTime()).as("a code reached the dev outbox").isLessThan(deadline);
            Thread.sleep(200);
            sent = sent(city, phone);
        }
        return sent.getFirst().path("code").asString();
    }
}
