package org.lingong.gateway.tenant;

import java.util.List;
import org.lingong.common.tenant.RegistryFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Keeps the registry and the recently disabled accounts current: asks tenant-core every poll interval with
 * {@code If-None-Match}, so an unchanged registry costs a 304. Calls carry the gateway's service token (client
 * credentials of its own client, {@code lingong-gateway}, cached until shortly before it expires) and this replica's
 * name; every answer says how many gateway replicas are alive ({@link GatewayReplicas}). When tenant-core or Keycloak
 * cannot be reached the last registry keeps serving.
 */
@Component
class RegistryPoller implements SmartLifecycle {

    /** The client registration under {@code spring.security.oauth2.client.registration}. */
    static final String SERVICE_CLIENT = "lingong-services";

    private static final Logger log = LoggerFactory.getLogger(RegistryPoller.class);

    record TenantRoutes(String version, List<RegisteredTenant> tenants, List<RevokedSubjects.Revocation> revoked) {
    }

    private final TenantRegistry registry;
    private final GatewayReplicas replicas;
    private final RevokedSubjects revoked;
    private final TenantProperties properties;
    private final WebClient tenantCore;
    private volatile Disposable polling;
    private volatile boolean failing;

    RegistryPoller(TenantRegistry registry, GatewayReplicas replicas, RevokedSubjects revoked,
            TenantProperties properties, ReactiveClientRegistrationRepository clients,
            ReactiveOAuth2AuthorizedClientService authorizedClients) {
        this.registry = registry;
        this.replicas = replicas;
        this.revoked = revoked;
        this.properties = properties;
        var serviceToken = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
                new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(clients, authorizedClients));
        serviceToken.setDefaultClientRegistrationId(SERVICE_CLIENT);
        this.tenantCore = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(
                        HttpClient.create().responseTimeout(properties.requestTimeout())))
                .filter(serviceToken)
                .build();
    }

    @Override
    public void start() {
        polling = Mono.defer(this::poll)
                .then(Mono.delay(properties.pollInterval()))
                .repeat()
                .subscribe();
    }

    @Override
    public void stop() {
        polling.dispose();
    }

    @Override
    public boolean isRunning() {
        return polling != null && !polling.isDisposed();
    }

    private Mono<Void> poll() {
        return tenantCore.get()
                .uri(properties.registryUri())
                .headers(headers -> {
                    headers.set(RegistryFeed.GATEWAY_INSTANCE, replicas.instance());
                    registry.snapshot().ifPresent(current -> headers.setIfNoneMatch(current.etag()));
                })
                .exchangeToMono(this::apply)
                .timeout(properties.requestTimeout())
                .doOnSuccess(done -> recovered())
                .onErrorResume(error -> {
                    failed(error);
                    return Mono.empty();
                });
    }

    private Mono<Void> apply(ClientResponse response) {
        if (response.statusCode().is2xxSuccessful() || response.statusCode().isSameCodeAs(HttpStatus.NOT_MODIFIED)) {
            replicas.reported(response.headers().asHttpHeaders().getFirst(RegistryFeed.GATEWAY_REPLICAS));
        }
        if (response.statusCode().isSameCodeAs(HttpStatus.NOT_MODIFIED)) {
            registry.confirmUnchanged();
            return response.releaseBody();
        }
        if (!response.statusCode().is2xxSuccessful()) {
            return response.createError();
        }
        String etag = response.headers().asHttpHeaders().getETag();
        return response.bodyToMono(TenantRoutes.class)
                .doOnNext(routes -> {
                    revoked.replace(routes.revoked() == null ? List.of() : routes.revoked());
                    registry.replace(routes.version(), etag != null ? etag : "\"" + routes.version() + "\"",
                            routes.tenants());
                })
                .then();
    }

    private void failed(Throwable error) {
        if (!failing) {
            failing = true;
            log.warn("Cannot refresh the tenant registry from {} ({}); {}", properties.registryUri(), error.toString(),
                    registry.snapshot().isPresent() ? "serving the last registry" : "tenant requests get 503");
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Tenant registry reachable again at {}", properties.registryUri());
        }
    }
}
