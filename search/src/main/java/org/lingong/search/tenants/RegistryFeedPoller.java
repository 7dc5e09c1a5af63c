package org.lingong.search.tenants;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Keeps the {@link TenantDirectory} current: asks tenant-core's registry feed every poll interval with
 * {@code If-None-Match}, so an unchanged registry costs a 304. When tenant-core or Keycloak cannot be reached, the
 * last good copy keeps serving and the outage is logged once.
 */
@Component
class RegistryFeedPoller implements SmartLifecycle {

    static final String FEED = "/internal/v1/tenant-routes";

    private static final Logger log = LoggerFactory.getLogger(RegistryFeedPoller.class);

    record TenantRoutes(String version, List<TenantSettings> tenants) {
    }

    private final TenantDirectory directory;
    private final RestClient tenantCore;
    private final TenantCoreProperties properties;
    private volatile boolean running;
    private @Nullable Thread polling;
    private boolean failing;

    RegistryFeedPoller(TenantDirectory directory, @Qualifier("tenantCore") RestClient tenantCore,
            TenantCoreProperties properties) {
        this.directory = directory;
        this.tenantCore = tenantCore;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        polling = Thread.ofVirtual().name("registry-feed").start(this::pollUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (polling != null) {
            polling.interrupt();
            polling = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void pollUntilStopped() {
        while (running) {
            poll();
            try {
                Thread.sleep(properties.pollInterval());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void poll() {
        try {
            String etag = directory.etag();
            ResponseEntity<TenantRoutes> response = tenantCore.get().uri(FEED)
                    .headers(headers -> {
                        if (etag != null) {
                            headers.setIfNoneMatch(etag);
                        }
                    })
                    .retrieve()
                    .toEntity(TenantRoutes.class);
            TenantRoutes routes = response.getBody();
            if (!response.getStatusCode().isSameCodeAs(HttpStatus.NOT_MODIFIED) && routes != null) {
                String newTag = response.getHeaders().getETag();
                directory.replace(newTag != null ? newTag : "\"" + routes.version() + "\"", routes.tenants());
            }
            recovered();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void failed(RuntimeException error) {
        if (!failing) {
            failing = true;
            log.warn("Cannot refresh the tenant registry from {} ({}); {}", properties.url(), error.toString(),
                    directory.etag() != null ? "serving the last copy" : "tenants get default settings");
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Tenant registry reachable again at {}", properties.url());
        }
    }
}
