package org.lingong.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The jobs index of one test run: its own index, alias and template ({@code jobs-test-<random>}), so tests never
 * touch the dev stack's {@code jobs-v1} and concurrent runs in other worktrees never touch each other's data. The
 * index is removed when the test contexts close.
 */
public final class TestJobsIndex {

    public static final String ALIAS = "jobs-test-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    public static final String INDEX = ALIAS + "-v1";

    private final ElasticsearchClient client;

    TestJobsIndex(ElasticsearchClient client) {
        this.client = client;
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("lingong.search.jobs.index", () -> INDEX);
        registry.add("lingong.search.jobs.alias", () -> ALIAS);
    }

    @PreDestroy
    void remove() {
        try {
            if (client.indices().exists(e -> e.index(INDEX)).value()) {
                client.indices().delete(d -> d.index(INDEX));
            }
            if (client.indices().existsIndexTemplate(t -> t.name(ALIAS)).value()) {
                client.indices().deleteIndexTemplate(t -> t.name(ALIAS));
            }
        } catch (IOException | RuntimeException e) {
            // Elasticsearch down (a context that points at a closed port): nothing was created there either.
        }
    }
}
