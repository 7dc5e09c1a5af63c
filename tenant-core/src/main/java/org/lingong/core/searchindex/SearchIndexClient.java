package org.lingong.core.searchindex;

import org.lingong.common.tenant.TenantCode;
import org.lingong.core.identity.ServiceToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The search service's internal API: tenant-core never talks to Elasticsearch itself. */
@Component
public class SearchIndexClient {

    private final RestClient search;
    private final ServiceToken token;

    SearchIndexClient(RestClient.Builder builder, ServiceToken token, @Value("${lingong.search.url}") String searchUrl) {
        this.search = builder.baseUrl(searchUrl).build();
        this.token = token;
    }

    /** Creates the tenant's filtered alias on the shared jobs index; repeating it is harmless. */
    public void ensureTenantAlias(TenantCode tenant) {
        search.put().uri("/internal/v1/tenants/{tenant}/alias", tenant.value())
                .header(HttpHeaders.AUTHORIZATION, token.bearer()).retrieve().toBodilessEntity();
    }

    public void removeTenantAlias(TenantCode tenant) {
        search.delete().uri("/internal/v1/tenants/{tenant}/alias", tenant.value())
                .header(HttpHeaders.AUTHORIZATION, token.bearer()).retrieve().toBodilessEntity();
    }
}
