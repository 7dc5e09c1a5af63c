package org.lingong.search.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service: tenant onboarding creates a tenant's alias, offboarding removes it. Both idempotent. */
@RestController
@Tag(name = "internal")
@RequestMapping("/internal/v1/tenants/{tenant}/alias")
class TenantAliasController {

    private final ElasticsearchClient client;
    private final JobsIndex jobsIndex;

    TenantAliasController(ElasticsearchClient client, JobsIndex jobsIndex) {
        this.client = client;
        this.jobsIndex = jobsIndex;
    }

    @PutMapping
    @Operation(operationId = "putTenantAlias", summary = "Create or update the tenant's filtered jobs alias")
    TenantAlias put(@PathVariable String tenant) {
        TenantCode code = TenantCode.require(tenant);
        String alias = jobsIndex.aliasOf(code);
        jobsIndex.ensureCreated();
        ElasticCalls.call(() -> client.indices().putAlias(a -> a
                .index(jobsIndex.index())
                .name(alias)
                .filter(f -> f.term(t -> t.field("tenant").value(code.value())))
                .routing(code.value())));
        return new TenantAlias(code.value(), alias, jobsIndex.index());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteTenantAlias", summary = "Remove the tenant's jobs alias (no-op when absent)")
    void delete(@PathVariable String tenant) {
        String alias = jobsIndex.aliasOf(TenantCode.require(tenant));
        ElasticCalls.run(() -> {
            try {
                client.indices().deleteAlias(d -> d.index(jobsIndex.index()).name(alias));
            } catch (ElasticsearchException e) {
                if (e.status() != 404) { // 404: already gone, or the index never existed; the goal is reached
                    throw e;
                }
            }
        });
    }
}
