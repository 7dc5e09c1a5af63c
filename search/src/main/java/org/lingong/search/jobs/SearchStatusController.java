package org.lingong.search.jobs;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.elastic.ElasticCalls;
import org.lingong.search.tenancy.TenantFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "search")
class SearchStatusController {

    private final ElasticsearchClient client;
    private final JobsIndex jobsIndex;

    SearchStatusController(ElasticsearchClient client, JobsIndex jobsIndex) {
        this.client = client;
        this.jobsIndex = jobsIndex;
    }

    @GetMapping("/api/v1/search/status")
    @Operation(operationId = "searchStatus",
            summary = "Cluster health, jobs index presence, and the request's tenant: its alias and job count",
            description = "The tenant is the one the gateway resolved (X-Lingong-Tenant), never a parameter.")
    SearchStatus status(@RequestAttribute(TenantFilter.TENANT) TenantCode tenant) {
        return ElasticCalls.call(() -> new SearchStatus(
                client.cluster().health().status().jsonValue(),
                client.indices().exists(e -> e.index(jobsIndex.alias())).value(),
                tenantStatus(tenant)));
    }

    private SearchStatus.Tenant tenantStatus(TenantCode code) throws IOException {
        String alias = jobsIndex.aliasOf(code);
        boolean present = client.indices().existsAlias(a -> a.name(alias)).value();
        Long documents = present ? client.count(c -> c.index(alias)).count() : null;
        return new SearchStatus.Tenant(code.value(), alias, present, documents);
    }
}
