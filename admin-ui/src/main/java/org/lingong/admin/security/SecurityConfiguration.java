package org.lingong.admin.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.DispatcherType;
import org.lingong.common.tenant.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every view needs a signed-in user; signing in and out goes through Keycloak. Vaadin's configurer lets its own
 * resources through, checks each view's access annotation and denies any other request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String LOGIN_PAGE = "/oauth2/authorization/" + OidcClientConfiguration.REGISTRATION_ID;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OidcUserService oidcUserService,
                                            ClientRegistrationRepository registrations) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // An error response (404, 406, …) is shown as it is, not turned into a sign-in redirect.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The map library of the public worker page and market screen.
                .requestMatchers("/webjars/leaflet/**").permitAll()
                // The consoles' chart library (Vaadin's own rules refuse any path they don't know).
                .requestMatchers("/webjars/echarts/**").authenticated()
                .requestMatchers("/actuator/**").hasRole(Roles.PLATFORM_ADMIN));
        http.oauth2Login(login -> login
                .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(chineseFirst(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        // The login page is Keycloak's; after logout Keycloak ends its session too and sends the browser back here.
        return http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}")).build();
    }

    /**
     * Keycloak's sign-in page in Chinese first (English second) whatever the browser's languages; its own language
     * picker still lets the user switch. PKCE stays on, as for every public client.
     */
    private static OAuth2AuthorizationRequestResolver chineseFirst(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> parameters.put("ui_locales", "zh-CN en"))));
        return resolver;
    }
}
