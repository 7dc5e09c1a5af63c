package org.lingong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.Api.Reply;
import org.lingong.search.tenants.TenantDirectory;

/** Tenants of one test class: registered in tenant-core's feed (the stub) and filled with jobs through search's API. */
public final class TestTenants {

    private TestTenants() {
    }

    /** A fresh tenant code, so tests never see each other's jobs in the shared index. */
    public static String newCode(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** Registers the tenant in the feed and waits until search has read it. */
    public static void register(TenantDirectory directory, String code, String province, boolean shares,
            Map<String, Integer> speeds) {
        TenantCoreStub.INSTANCE.tenant(code, province, shares, speeds);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                directory.settingsOf(TenantCode.parse(code).orElseThrow()).province().equals(province));
    }

    /** Sets the tenant's active job categories in the feed and waits until search has read them. */
    public static void categories(TenantDirectory directory, String code, String... categories) {
        TenantCoreStub.INSTANCE.categories(code, categories);
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of(categories).equals(
                directory.settingsOf(TenantCode.parse(code).orElseThrow()).jobCategories()));
    }

    /** Posts the jobs as job events (500 a request, as the relay does) and makes them searchable at once. */
    public static void index(Api api, ElasticsearchClient client, String index, String tenant, List<TestJob> jobs) {
        List<Map<String, Object>> events = new ArrayList<>();
        long eventId = 1;
        for (TestJob job : jobs) {
            events.add(job.event(eventId++));
            if (events.size() == 500) {
                post(api, tenant, events);
                events.clear();
            }
        }
        if (!events.isEmpty()) {
            post(api, tenant, events);
        }
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void post(Api api, String tenant, List<Map<String, Object>> events) {
        Reply reply = api.post("/internal/v1/tenants/" + tenant + "/job-events", Tokens.service(),
                Map.of("events", events));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().path("applied").asInt()).isEqualTo(events.size());
    }
}
