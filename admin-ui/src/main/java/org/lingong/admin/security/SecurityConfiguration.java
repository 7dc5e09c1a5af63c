package org.lingong.admin.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every view needs a signed-in user; signing in and out goes through Keycloak. Vaadin's configurer lets its own
 * resources through, checks each view's access annotation and denies any other request. Every answer carries the
 * usual protective headers (nosniff, no framing, a strict referrer policy, a baseline Content-Security-Policy).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/oauth2/authorization/" + OidcClientConfiguration.REGISTRATION_ID;
    static final String BASELINE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OidcUserService oidcUserService,
                                            ClientRegistrationRepository registrations) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // An error response (404, 406, …) is shown as it is, not turned into a sign-in redirect.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // Actuator answers on the management port only, kept inside the cluster (probes, Prometheus); on the
                // public port ManagementPortOnly answers /actuator/** with a 404 after these rules.
                .requestMatchers("/actuator/**").permitAll()
                // The map library of the public worker page and market screen.
                .requestMatchers("/webjars/leaflet/**").permitAll()
                // The consoles' chart library (Vaadin's own rules refuse any path they don't know).
                .requestMatchers("/webjars/echarts/**").authenticated()
                // A signed-in worker's notifications, relayed to the page (worker.NotificationRelay).
                .requestMatchers(HttpMethod.GET, "/worker/*/notifications/stream").authenticated());
        http.headers(headers -> {
            // Written before the request is handled: Vaadin's production bootstrap page commits its response in a way
            // the deferred writer misses (the page then had none of these), and Vaadin adds an X-Frame-Options of its
            // own only where none is set.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // Pages Vaadin bootstraps replace this policy with their own (PagePolicies); any other answer — an error, a
            // download, a library file opened on its own — may run, load and frame nothing.
            headers.contentSecurityPolicy(policy -> policy.policyDirectives(BASELINE_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    // The worker page may ask for the position; nothing may use the camera, microphone or payments.
                    .permissionsPolicyHeader(permissions -> permissions.policy(
                            "geolocation=(self), camera=(), microphone=(), payment=(), usb=()"))
                    .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
        });
        http.oauth2Login(login -> login
                .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(chineseFirst(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        // The login page is Keycloak's; after logout Keycloak ends its session too and sends the browser back here.
        return http.with(vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}")).build();
    }

    /** No actuator on the public port: a 404 problem in both languages. */
    @Bean
    ManagementPortOnly managementPortOnly(Environment environment) {
        return new ManagementPortOnly(environment);
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
        return new CitySignIn(resolver);
    }
}
