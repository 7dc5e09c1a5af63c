package org.lingong.search.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.search.ProblemAssertions.assertProblem;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.AliasDefinition;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.search.Api;
import org.lingong.search.Api.Reply;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class TenantAliasTests extends SearchServiceTests {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobsIndex jobsIndex;

    String tenant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // A fresh code per test: the dev-stack Elasticsearch is shared and outlives test runs.
        tenant = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @AfterEach
    void removeAlias() throws IOException {
        if (client.indices().existsAlias(a -> a.name(jobsIndex.alias() + "-" + tenant)).value()) {
            client.indices().deleteAlias(d -> d.index(jobsIndex.index()).name(jobsIndex.alias() + "-" + tenant));
        }
    }

    @Test
    void putCreatesAFilteredAliasRoutedByTenantAndIsIdempotent() throws IOException {
        Reply first = put(tenant, Tokens.service());
        Reply second = put(tenant, Tokens.service());

        for (Reply reply : new Reply[] {first, second}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            JsonNode body = reply.json();
            assertThat(body.path("tenant").asString()).isEqualTo(tenant);
            assertThat(body.path("alias").asString()).isEqualTo(jobsIndex.alias() + "-" + tenant);
            assertThat(body.path("index").asString()).isEqualTo(jobsIndex.index());
        }
        Map<String, IndexAliases> aliases = client.indices().getAlias(a -> a.name(jobsIndex.alias() + "-" + tenant)).aliases();
        assertThat(aliases).containsOnlyKeys(jobsIndex.index());
        AliasDefinition alias = aliases.get(jobsIndex.index()).aliases().get(jobsIndex.alias() + "-" + tenant);
        assertThat(alias.indexRouting()).isEqualTo(tenant);
        assertThat(alias.searchRouting()).isEqualTo(tenant);
        assertThat(alias.filter().term().field()).isEqualTo("tenant");
        assertThat(alias.filter().term().value().stringValue()).isEqualTo(tenant);
    }

    @Test
    void deleteRemovesTheAliasAndIsIdempotent() throws IOException {
        assertThat(put(tenant, Tokens.service()).status()).isEqualTo(200);

        assertThat(delete(tenant, Tokens.service()).status()).isEqualTo(204);
        assertThat(client.indices().existsAlias(a -> a.name(jobsIndex.alias() + "-" + tenant)).value()).isFalse();
        assertThat(delete(tenant, Tokens.service()).status()).isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Suqian", "1suqian", "su-qian", "x", "a2345678901234567890123456789012"})
    void rejectsABadTenantCodeWithAProblemInChineseByDefault(String code) {
        Reply reply = put(code, Tokens.service());

        JsonNode problem = assertProblem(reply, 400, "invalid-tenant", "城市（租户）代码无效");
        assertThat(problem.path("titles").path("en").asString()).isEqualTo("Invalid city (tenant) code");
        assertThat(problem.path("detail").asString()).contains("小写字母");
        assertThat(problem.path("instance").asString()).isEqualTo("/internal/v1/tenants/" + code + "/alias");
    }

    @Test
    void answersInTheRequestedLanguage() {
        Reply english = api.call(HttpMethod.PUT, "/internal/v1/tenants/Bad/alias", Tokens.service(),
                "Accept-Language", "en-US,en;q=0.9");
        Reply chinese = api.call(HttpMethod.DELETE, "/internal/v1/tenants/Bad/alias", Tokens.service(),
                "Accept-Language", "zh-CN");
        Reply unsupported = api.call(HttpMethod.PUT, "/internal/v1/tenants/Bad/alias", Tokens.service(),
                "Accept-Language", "fr-FR");

        assertThat(assertProblem(english, 400, "invalid-tenant", "Invalid city (tenant) code")
                .path("detail").asString()).isEqualTo("A city code starts with a lower-case letter and has 2 to 31 "
                        + "lower-case letters, digits or underscores.");
        assertProblem(chinese, 400, "invalid-tenant", "城市（租户）代码无效");
        assertProblem(unsupported, 400, "invalid-tenant", "城市（租户）代码无效");
    }

    @Test
    void refusesUserTokens() throws IOException {
        assertProblem(put(tenant, Tokens.worker()), 403, "forbidden", "无权执行此操作");
        assertProblem(delete(tenant, Tokens.worker()), 403, "forbidden", "无权执行此操作");
        assertThat(client.indices().existsAlias(a -> a.name(jobsIndex.alias() + "-" + tenant)).value()).isFalse();
    }

    @Test
    void refusesRequestsWithoutToken() {
        Reply reply = put(tenant, null);

        assertProblem(reply, 401, "authentication-required", "需要登录");
        assertThat(reply.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    private Reply put(String code, @Nullable String token) {
        return api.call(HttpMethod.PUT, "/internal/v1/tenants/" + code + "/alias", token);
    }

    private Reply delete(String code, String token) {
        return api.call(HttpMethod.DELETE, "/internal/v1/tenants/" + code + "/alias", token);
    }
}
