package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry feed counts the gateway replicas that polled lately, so each can enforce its share of the rate limits:
 * whichever tenant-core replica answers (the count lives in the database), with a 200 or a 304.
 */
class GatewayReplicasTests extends TenantCoreTests {

    private static final String INSTANCE = "X-Lingong-Gateway-Instance";
    private static final String REPLICAS = "X-Lingong-Gateway-Replicas";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noReplicasLeft() {
        jdbc.sql("delete from platform.gateway_replica").update();
    }

    private Api.Response poll(String instance, String etag) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (instance != null) {
            headers.put(INSTANCE, instance);
        }
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        return api().get("/internal/v1/tenant-routes", Api.serviceToken(), headers);
    }

    @Test
    void everyAnswerSaysHowManyReplicasPolledLately() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        Api.Response alone = poll(first, null);
        assertThat(alone.header(REPLICAS)).isEqualTo("1");
        assertThat(poll(second, null).header(REPLICAS)).isEqualTo("2");
        Api.Response unchanged = poll(first, alone.header("ETag"));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.header(REPLICAS)).isEqualTo("2");
        // Search polls too, without a name: it is no gateway.
        assertThat(poll(null, null).header(REPLICAS)).isEqualTo("2");
    }

    @Test
    void aReplicaThatStoppedPollingDropsOut() {
        String gone = UUID.randomUUID().toString();
        String staying = UUID.randomUUID().toString();
        poll(gone, null);
        poll(staying, null);

        jdbc.sql("update platform.gateway_replica set seen_at = now() - interval '11 seconds' where instance = :gone")
                .param("gone", gone).update();

        assertThat(poll(staying, null).header(REPLICAS)).isEqualTo("1");
    }

    @Test
    void aNameThatIsNoUuidIsNotCounted() {
        assertThat(poll("../../etc", null).header(REPLICAS)).isEqualTo("1");
        assertThat(poll("x".repeat(5000), null).header(REPLICAS)).isEqualTo("1");
        assertThat(jdbc.sql("select count(*) from platform.gateway_replica").query(Long.class).single()).isZero();
    }
}
