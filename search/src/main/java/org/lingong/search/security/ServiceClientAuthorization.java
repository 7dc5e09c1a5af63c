package org.lingong.search.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Grants access to tokens issued to one of the platform's service clients, recognised by the {@code azp}
 * (authorized party) claim. Those clients are confidential and only have the client-credentials grant, so a user
 * cannot obtain a token with their {@code azp}.
 */
final class ServiceClientAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final Set<String> serviceClients;

    ServiceClientAuthorization(Set<String> serviceClients) {
        this.serviceClients = Set.copyOf(serviceClients);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                && serviceClients.contains(token.getToken().getClaimAsString("azp")));
    }
}
