package org.lingong.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tells Keycloak which city a sign-in is for: a worker or employer page ({@code /worker/{city}/…},
 * {@code /employer/{city}/…}) that sent the visitor to sign in adds {@code city} (and {@code as=employer} for an
 * employer's page) to the authorization request, and Keycloak then offers the phone and SMS code
 * (sent with that city's SMS settings, consent to that city's notice). A console sign-in names no city and gets the
 * password form. A person's page asking to set a password ({@link PasswordChoice}) adds Keycloak's {@code kc_action}.
 */
final class CitySignIn implements OAuth2AuthorizationRequestResolver {

    private static final Pattern CITY_PAGE = Pattern.compile("^/(worker|employer)/([a-z][a-z0-9_]{1,30})(?:/|$)");

    private final OAuth2AuthorizationRequestResolver delegate;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    CitySignIn(OAuth2AuthorizationRequestResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withCity(delegate.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withCity(delegate.resolve(request, clientRegistrationId), request);
    }

    private OAuth2AuthorizationRequest withCity(OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        return pageOf(savedRequests.getRequest(request, null)).map(page -> {
            // An employer's page signs a newcomer up as an employer (Keycloak's as=employer), a worker's as a worker.
            Map<String, String> added = new HashMap<>(Map.of("city", page.group(2)));
            if ("employer".equals(page.group(1))) {
                added.put("as", "employer");
            }
            // 设置登录密码 on the person's page (PasswordChoice): Keycloak's action, and the only one asked for here.
            if (PasswordChoice.ACTION.equals(request.getParameter("kc_action"))) {
                added.put("kc_action", PasswordChoice.ACTION);
            }
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(authorization.getAuthorizationRequestUri());
            added.forEach(uri::queryParam);
            return OAuth2AuthorizationRequest.from(authorization)
                    .additionalParameters(parameters -> parameters.putAll(added))
                    .authorizationRequestUri(uri.build().toUriString())
                    .build();
        }).orElse(authorization);
    }

    /** The worker's or employer's page that asked for the sign-in: group 1 its kind, group 2 its city. */
    static Optional<MatchResult> pageOf(SavedRequest asked) {
        if (asked == null) {
            return Optional.empty();
        }
        String path = UriComponentsBuilder.fromUriString(asked.getRedirectUrl()).build().getPath();
        Matcher page = CITY_PAGE.matcher(path == null ? "" : path);
        return page.find() ? Optional.of(page.toMatchResult()) : Optional.empty();
    }
}
