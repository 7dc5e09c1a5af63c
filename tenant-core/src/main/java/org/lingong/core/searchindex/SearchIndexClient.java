package org.lingong.core.searchindex;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The search service's internal API: tenant-core never talks to Elasticsearch itself. */
@Component
public class SearchIndexClient {

    /** A search that does not accept a connection in this time is down: the relay backs off and retries. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Long enough for a batch of 500 documents on a busy cluster. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final RestClient search;

    SearchIndexClient(RestClient.Builder builder, OAuth2ClientHttpRequestInterceptor serviceToken,
                      @Value("${lingong.search.url}") String searchUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        this.search = builder.clone().baseUrl(searchUrl).requestFactory(requests).requestInterceptor(serviceToken)
                .build();
    }

    /** One outbox event as search receives it. */
    record JobEvent(long eventId, String type, UUID jobId, long version, JobDocument job) {
    }

    record JobEvents(List<JobEvent> events) {
    }

    /** Events search applied, and those it ignored because it already held that version or a newer one. */
    public record Applied(int applied, int ignored) {
    }

    record RunStarted(String runId) {
    }

    record Documents(List<JobDocument> jobs) {
    }

    public record ReindexFinished(long written, long deleted) {
    }

    /** Creates the tenant's filtered alias on the shared jobs index; repeating it is harmless. */
    public void ensureTenantAlias(TenantCode tenant) {
        search.put().uri("/internal/v1/tenants/{tenant}/alias", tenant.value())
                .retrieve().toBodilessEntity();
    }

    public void removeTenantAlias(TenantCode tenant) {
        search.delete().uri("/internal/v1/tenants/{tenant}/alias", tenant.value())
                .retrieve().toBodilessEntity();
    }

    /** Delivers up to 500 events, ordered by outbox id; search applies them idempotently (external versions). */
    Applied sendJobEvents(TenantCode tenant, List<JobEvent> events) {
        return search.post().uri("/internal/v1/tenants/{tenant}/job-events", tenant.value())
                .body(new JobEvents(events))
                .retrieve().body(Applied.class);
    }

    String startReindex(TenantCode tenant) {
        return search.post().uri("/internal/v1/tenants/{tenant}/reindex", tenant.value())
                .retrieve().body(RunStarted.class).runId();
    }

    void reindexDocuments(TenantCode tenant, String runId, List<JobDocument> jobs) {
        search.post().uri("/internal/v1/tenants/{tenant}/reindex/{runId}/documents", tenant.value(), runId)
                .body(new Documents(jobs))
                .retrieve().toBodilessEntity();
    }

    ReindexFinished finishReindex(TenantCode tenant, String runId) {
        return search.post().uri("/internal/v1/tenants/{tenant}/reindex/{runId}/finish", tenant.value(), runId)
                .retrieve().body(ReindexFinished.class);
    }
}
