package org.lingong.search.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.search.Api;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class SearchStatusTests extends SearchServiceTests {

    private static final String TENANT = "X-Lingong-Tenant";

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobsIndex jobsIndex;

    String north;
    String south;
    final List<Map.Entry<String, String>> indexed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        long run = ThreadLocalRandom.current().nextLong(1L << 40);
        north = "n" + Long.toString(run, 36);
        south = "s" + Long.toString(run, 36);
        jobsIndex.create();
    }

    @AfterEach
    void cleanUp() throws IOException {
        // The minimal Elasticsearch has no delete-by-query: remove what this test wrote one by one.
        for (Map.Entry<String, String> written : indexed) {
            client.delete(d -> d.index(jobsIndex.alias()).id(written.getValue()).routing(written.getKey()));
        }
    }

    @Test
    void reportsClusterJobsIndexAndTheRequestsTenant() {
        Reply reply = api.get("/api/v1/search/status", Tokens.worker(), TENANT, north);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode status = reply.json();
        assertThat(status.path("cluster").asString()).isIn("green", "yellow");
        assertThat(status.path("jobsIndex").asBoolean()).isTrue();
        assertThat(status.path("tenant").path("code").asString()).isEqualTo(north);
    }

    @Test
    void countsOnlyTheTenantsOwnJobsThroughItsAlias() throws IOException {
        assertThat(api.call(HttpMethod.PUT, "/internal/v1/tenants/" + north + "/alias", Tokens.service()).status())
                .isEqualTo(200);
        index(north, "n-1");
        index(north, "n-2");
        index(south, "s-1");

        JsonNode tenant = api.get("/api/v1/search/status", Tokens.worker(), TENANT, north).json().path("tenant");

        assertThat(tenant.path("code").asString()).isEqualTo(north);
        assertThat(tenant.path("alias").asString()).isEqualTo(jobsIndex.alias() + "-" + north);
        assertThat(tenant.path("aliasPresent").asBoolean()).isTrue();
        assertThat(tenant.path("documents").asLong()).isEqualTo(2);
        assertThat(api.call(HttpMethod.DELETE, "/internal/v1/tenants/" + north + "/alias", Tokens.service())
                .status()).isEqualTo(204);
    }

    @Test
    void reportsATenantWithoutAliasWithoutCounting() {
        JsonNode tenant = api.get("/api/v1/search/status", Tokens.worker(), TENANT, south).json().path("tenant");

        assertThat(tenant.path("code").asString()).isEqualTo(south);
        assertThat(tenant.path("aliasPresent").asBoolean()).isFalse();
        assertThat(tenant.has("documents")).isFalse();
    }

    @Test
    void needsAToken() {
        assertProblem(api.get("/api/v1/search/status", null, TENANT, north, "Accept-Language", "en"), 401,
                "authentication-required", "Authentication required");
    }

    /** Written the way the indexer will write: into the shared index, routed by tenant. */
    private void index(String tenant, String jobId) throws IOException {
        String id = tenant + "-" + jobId;
        client.index(i -> i.index(jobsIndex.alias()).id(id).routing(tenant).refresh(Refresh.True)
                .document(Map.of("tenant", tenant, "jobId", jobId, "title", "搬运工", "status", "OPEN")));
        indexed.add(Map.entry(tenant, id));
    }
}
