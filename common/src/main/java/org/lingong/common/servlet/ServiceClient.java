package org.lingong.common.servlet;

import java.util.Collection;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A service as Keycloak knows it: each service is a confidential client of its own with the client-credentials grant
 * ({@code lingong-gateway}, {@code lingong-search}, {@code lingong-tenant-core}), configured under the same keys in
 * every service, {@code spring.security.oauth2.client.registration.lingong-services} (client id and secret from
 * {@code LINGONG_SERVICES_CLIENT_ID} and {@code LINGONG_SERVICES_CLIENT_SECRET}), so that a secret opens only what its
 * service needs. Spring Security's OAuth2 client fetches, caches and renews the token; a service adds
 * {@link OAuth2ClientHttpRequestInterceptor} from here to the {@code RestClient} of its calls to another service or to
 * Keycloak's admin API, and lets only the services that call it into its {@code /internal} API ({@link #only}). A
 * servlet service imports it next to {@link ServletConventions}.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClient {

    /** The client registration, the same name in every service. */
    public static final String REGISTRATION = "lingong-services";

    /** Who holds the token: the service itself, whichever user's request it is serving. */
    private static final Authentication SERVICE = new AnonymousAuthenticationToken(REGISTRATION, REGISTRATION,
            AuthorityUtils.createAuthorityList("ROLE_SERVICE"));

    /** Works without a request, e.g. from a scheduled relay or a poller, unlike the request-bound default. */
    @Bean
    OAuth2AuthorizedClientManager serviceClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService clients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials()
                .build());
        return manager;
    }

    /** Adds the services client's bearer token to each request; a 401 makes the next request fetch a new one. */
    @Bean
    OAuth2ClientHttpRequestInterceptor serviceToken(OAuth2AuthorizedClientManager serviceClientManager,
            OAuth2AuthorizedClientService clients) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(serviceClientManager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        interceptor.setPrincipalResolver(request -> SERVICE);
        interceptor.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(
                clients));
        return interceptor;
    }

    /**
     * Grants a request whose token was issued to one of these services' clients ({@code lingong.internal.callers}),
     * recognised by its {@code azp} (authorized party) claim. Those clients are confidential and have only the
     * client-credentials grant: no user can get a token with them.
     */
    public static AuthorizationManager<RequestAuthorizationContext> only(Collection<String> callerClientIds) {
        Set<String> callers = Set.copyOf(callerClientIds);
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token
                        && callers.contains(token.getToken().getClaimAsString("azp")));
    }
}
