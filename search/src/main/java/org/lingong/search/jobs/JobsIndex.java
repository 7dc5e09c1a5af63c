package org.lingong.search.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates the shared jobs index: the index template (settings and mapping from
 * {@code elasticsearch/jobs-index-template.json}, named like the alias), the index and its alias. The names are
 * configurable ({@code lingong.search.jobs.index}, default {@code jobs-v1}; {@code lingong.search.jobs.alias}, default
 * {@code jobs}) so tests and benchmarks work in indices of their own beside the real one.
 *
 * <p>It runs at start-up, but the service also starts while Elasticsearch is down (the health check reports it and
 * requests get 503); then writers call {@link #ensureCreated()} before their first write.
 */
@Component
public class JobsIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JobsIndex.class);
    private static final String TEMPLATE_RESOURCE = "elasticsearch/jobs-index-template.json";

    private final ElasticsearchClient client;
    private final String index;
    private final String alias;
    private final PutIndexTemplateRequest template;
    private volatile boolean created;

    JobsIndex(ElasticsearchClient client, @Value("${lingong.search.jobs.index:jobs-v1}") String index,
            @Value("${lingong.search.jobs.alias:jobs}") String alias) {
        this.client = client;
        this.index = index;
        this.alias = alias;
        this.template = readTemplate(alias, index);
    }

    /** The index all tenants' jobs live in. */
    public String index() {
        return index;
    }

    /** The alias over the whole index, through which documents are written and cross-tenant searches run. */
    public String alias() {
        return alias;
    }

    /** The index template's name. */
    String template() {
        return alias;
    }

    /** The filtered, routed alias through which one tenant's jobs are searched. */
    public String aliasOf(TenantCode tenant) {
        return alias + "-" + tenant.value();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ensureCreated();
        } catch (ProblemException e) {
            if (!ElasticCalls.isUnavailable(e)) {
                throw e;
            }
            log.warn("Jobs index not checked at start-up, will be on first write: {}", String.valueOf(e.getCause()));
        }
    }

    /** Creates the index once per process; free after the first success. */
    public void ensureCreated() {
        if (!created) {
            create();
            created = true;
        }
    }

    /**
     * Puts the template, then creates the index with its alias, or, when the index exists, adds new mapping fields
     * and dynamic settings to it and makes sure the alias is there. Idempotent, and safe when several replicas start
     * at once.
     */
    void create() {
        ElasticCalls.run(() -> {
            client.indices().putIndexTemplate(template);
            if (client.indices().exists(e -> e.index(index)).value()) {
                // Additive mapping changes apply in place; an incompatible change fails here and needs jobs-v2.
                TypeMapping mapping = Objects.requireNonNull(template.template()).mappings();
                client.indices().putMapping(m -> m.index(index)
                        .dynamic(Objects.requireNonNull(mapping).dynamic())
                        .properties(mapping.properties()));
                IndexSettings settings = Objects.requireNonNull(template.template().settings());
                client.indices().putSettings(s -> s.index(index).settings(i -> i.gcDeletes(settings.gcDeletes())
                        .refreshInterval(settings.refreshInterval())));
                client.indices().putAlias(a -> a.index(index).name(alias));
            } else {
                createIndex();
            }
        });
    }

    private void createIndex() throws IOException {
        try {
            client.indices().create(c -> c.index(index).aliases(alias, a -> a));
            log.info("Created index {} with alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            log.info("Index {} was created concurrently by another instance", index);
        }
    }

    private static PutIndexTemplateRequest readTemplate(String name, String index) {
        try (InputStream json = new ClassPathResource(TEMPLATE_RESOURCE).getInputStream()) {
            return PutIndexTemplateRequest.of(t -> t.withJson(json).name(name).indexPatterns(index));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEMPLATE_RESOURCE, e);
        }
    }
}
