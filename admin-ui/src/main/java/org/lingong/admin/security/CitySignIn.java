package org.lingong.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tells Keycloak which city a sign-in is for: a worker or employer page ({@code /worker/{city}/…}) that sent the
 * visitor to sign in adds {@code city} to the authorization request, and Keycloak then offers the phone and SMS code
 * (sent with that city's SMS settings, consent to that city's notice). A console sign-in names no city and gets the
 * password form.
 */
final class CitySignIn implements OAuth2AuthorizationRequestResolver {

    private static final Pattern CITY_PAGE = Pattern.compile("^/(?:worker|employer)/([a-z][a-z0-9_]{1,30})(?:/|$)");

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
        return cityOf(savedRequests.getRequest(request, null)).map(city -> OAuth2AuthorizationRequest
                .from(authorization)
                .additionalParameters(parameters -> parameters.put("city", city))
                .authorizationRequestUri(UriComponentsBuilder.fromUriString(authorization.getAuthorizationRequestUri())
                        .queryParam("city", city).build().toUriString())
                .build()).orElse(authorization);
    }

    /** The city of the page that asked for the sign-in, if it was a worker's or employer's page. */
    static Optional<String> cityOf(SavedRequest asked) {
        if (asked == null) {
            return Optional.empty();
        }
        String path = UriComponentsBuilder.fromUriString(asked.getRedirectUrl()).build().getPath();
        Matcher page = CITY_PAGE.matcher(path == null ? "" : path);
        return page.find() ? Optional.of(page.group(1)) : Optional.empty();
    }
}
