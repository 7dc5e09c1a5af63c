package org.lingong.search.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.lingong.search.elastic.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates the shared jobs index: the index template (settings and mapping from
 * {@code elasticsearch/jobs-index-template.json}), the index {@value #INDEX} and its alias {@value #ALIAS}.
 *
 * <p>It runs at start-up, but the service also starts while Elasticsearch is down (the health check reports it and
 * requests get 503); then writers call {@link #ensureCreated()} before their first write.
 */
@Component
class JobsIndex implements ApplicationRunner {

    static final String INDEX = "jobs-v1";
    static final String ALIAS = "jobs";
    static final String TEMPLATE = "jobs";

    private static final Logger log = LoggerFactory.getLogger(JobsIndex.class);
    private static final String TEMPLATE_RESOURCE = "elasticsearch/jobs-index-template.json";

    private final ElasticsearchClient client;
    private final PutIndexTemplateRequest template;
    private volatile boolean created;

    JobsIndex(ElasticsearchClient client) {
        this.client = client;
        this.template = readTemplate();
    }

    /** The filtered, routed alias through which one tenant's jobs are searched. */
    static String aliasOf(TenantCode tenant) {
        return ALIAS + "-" + tenant.value();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ensureCreated();
        } catch (SearchUnavailableException e) {
            log.warn("Jobs index not checked at start-up, will be on first write: {}", e.getMessage());
        }
    }

    /** Creates the index once per process; free after the first success. */
    void ensureCreated() {
        if (!created) {
            create();
            created = true;
        }
    }

    /**
     * Puts the template, then creates the index with its alias, or, when the index exists, adds new mapping fields
     * to it and makes sure the alias is there. Idempotent, and safe when several replicas start at once.
     */
    void create() {
        ElasticCalls.run(() -> {
            client.indices().putIndexTemplate(template);
            if (client.indices().exists(e -> e.index(INDEX)).value()) {
                // Additive mapping changes apply in place; an incompatible change fails here and needs jobs-v2.
                TypeMapping mapping = Objects.requireNonNull(template.template()).mappings();
                client.indices().putMapping(m -> m.index(INDEX)
                        .dynamic(Objects.requireNonNull(mapping).dynamic())
                        .properties(mapping.properties()));
                client.indices().putAlias(a -> a.index(INDEX).name(ALIAS));
            } else {
                createIndex();
            }
        });
    }

    private void createIndex() throws IOException {
        try {
            client.indices().create(c -> c.index(INDEX).aliases(ALIAS, a -> a));
            log.info("Created index {} with alias {}", INDEX, ALIAS);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            log.info("Index {} was created concurrently by another instance", INDEX);
        }
    }

    private static PutIndexTemplateRequest readTemplate() {
        try (InputStream json = new ClassPathResource(TEMPLATE_RESOURCE).getInputStream()) {
            return PutIndexTemplateRequest.of(t -> t.name(TEMPLATE).withJson(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEMPLATE_RESOURCE, e);
        }
    }
}
