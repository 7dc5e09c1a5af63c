package org.lingong.admin.security;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The Keycloak client registration and how a signed-in user's roles are read. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcClientProperties.class)
public class OidcClientConfiguration {

    public static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcClientProperties oidc) {
        return new InMemoryClientRegistrationRepository(keycloak(oidc));
    }

    /**
     * Keycloak's endpoints follow from the realm's issuer, so they are spelled out rather than discovered: the UI
     * starts, and reports healthy, while Keycloak is down or still starting.
     */
    private static ClientRegistration keycloak(OidcClientProperties oidc) {
        String endpoints = oidc.issuerUri() + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(oidc.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .issuerUri(oidc.issuerUri())
                .authorizationUri(endpoints + "/auth")
                .tokenUri(endpoints + "/token")
                .jwkSetUri(endpoints + "/certs")
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName(StandardClaimNames.PREFERRED_USERNAME)
                // Read by Spring's OIDC RP-initiated logout handler.
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
                .build();
    }

    /**
     * Keycloak puts realm roles into the access token only, not the ID token, so the access token (a JWT this client
     * just received from the token endpoint) is verified against the realm's keys and its roles become authorities.
     */
    @Bean
    OidcUserService oidcUserService(ClientRegistrationRepository registrations) {
        ClientRegistration.ProviderDetails keycloak =
                registrations.findByRegistrationId(REGISTRATION_ID).getProviderDetails();
        NimbusJwtDecoder accessTokens = NimbusJwtDecoder.withJwkSetUri(keycloak.getJwkSetUri()).build();
        accessTokens.setJwtValidator(JwtValidators.createDefaultWithIssuer(keycloak.getIssuerUri()));

        OidcUserService service = new OidcUserService();
        service.setOidcUserConverter(source -> withRealmRoles(source, accessTokens));
        return service;
    }

    private static DefaultOidcUser withRealmRoles(OidcUserSource source, JwtDecoder accessTokens) {
        var request = source.getUserRequest();
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        authorities.add(new OidcUserAuthority(request.getIdToken(), source.getUserInfo()));
        authorities.addAll(RealmRoles.authorities(
                accessTokens.decode(request.getAccessToken().getTokenValue()).getClaims()));
        String nameAttribute = request.getClientRegistration().getProviderDetails()
                .getUserInfoEndpoint().getUserNameAttributeName();
        return new DefaultOidcUser(authorities, request.getIdToken(), source.getUserInfo(), nameAttribute);
    }
}
