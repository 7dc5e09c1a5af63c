package org.lingong.admin.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.maps.MapSettings;
import org.lingong.common.tenant.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Gives every page Vaadin bootstraps its own Content-Security-Policy: a fresh nonce on the page's scripts, and the
 * image origins of the city the page is about — the city in the address of a public page ({@code /worker/suqian},
 * {@code /screen/suqian/1}), else the signed-in user's city — read from its public profile as the page is served, so a
 * city's new tiles or logo are admitted on the next page load. The whole Vaadin session of a tab runs under the
 * policy of the page that started it; the branding editor, whose preview shows any address the admin types, tells
 * with a {@code <meta name="lingong-images">} whether its page admits any https image, and reloads itself if not.
 */
@Component
public class PagePolicies implements VaadinServiceInitListener {

    private static final String IMAGES_META = "lingong-images";
    private static final Logger LOG = LoggerFactory.getLogger(PagePolicies.class);
    private static final Pattern PUBLIC_PAGE = Pattern.compile("/(?:worker|employer|screen)/([a-z][a-z0-9_]{1,30})(?:/.*)?");
    private static final String BRANDING_EDITOR = "/city/branding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient PlatformApi api;
    private final transient AuthenticationContext authentication;
    private final MapSettings maps;
    private final String publicUrl;

    PagePolicies(PlatformApi api, AuthenticationContext authentication, MapSettings maps,
                 @Value("${lingong.public-url}") String publicUrl) {
        this.api = api;
        this.authentication = authentication;
        this.maps = maps;
        this.publicUrl = publicUrl;
    }

    /**
     * For the branding editor: a page started elsewhere in the console admits the city's own images only, so it is
     * loaded anew at the editor's address ({@code path}, as the router writes it), where it admits any https image.
     * Not a reload: the browser may not show the editor's address yet.
     */
    public static void admitAnyImage(UI ui, String path) {
        ui.getPage().executeJs("if (document.querySelector('meta[name=\"" + IMAGES_META
                + "\"]')?.content !== 'any') location.assign(new URL($0, document.baseURI))", path);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::secure);
    }

    private void secure(IndexHtmlResponse page) {
        String nonce = nonce();
        String path = Optional.ofNullable(page.getVaadinRequest().getPathInfo()).orElse("/");
        boolean anyImage = path.equals(BRANDING_EDITOR) && authentication.hasRole(Roles.CITY_ADMIN);
        ContentSecurityPolicy policy = new ContentSecurityPolicy(nonce, imageSources(path, anyImage));
        page.getVaadinResponse().setHeader("Content-Security-Policy", policy.header());
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        page.getDocument().head().appendElement("meta").attr("name", IMAGES_META)
                .attr("content", anyImage ? "any" : "listed");
    }

    private Set<String> imageSources(String path, boolean anyImage) {
        Set<String> sources = new LinkedHashSet<>();
        // Uploaded logos are served by the gateway at its public address.
        ContentSecurityPolicy.origin(publicUrl).ifPresent(sources::add);
        if (anyImage) {
            sources.add("https:");
        }
        Optional<String> city = city(path);
        TenantProfile.Branding branding = city.map(this::branding).orElse(TenantProfile.Branding.NONE);
        sources.addAll(ContentSecurityPolicy.origins(city.map(code -> maps.forCity(code, branding)).orElse(maps.tiles())));
        Optional.ofNullable(branding.logoUrl()).flatMap(ContentSecurityPolicy::origin).ifPresent(sources::add);
        return sources;
    }

    /** The city a public page's address names, else the signed-in user's. */
    private Optional<String> city(String path) {
        Matcher publicPage = PUBLIC_PAGE.matcher(path);
        return publicPage.matches() ? Optional.of(publicPage.group(1))
                : authentication.getAuthenticatedUser(OidcUser.class).flatMap(user -> SignedInUser.of(user).tenant());
    }

    private TenantProfile.Branding branding(String city) {
        try {
            return api.getPublic(TenantProfile.class, "/t/{city}/api/v1/tenant", city).brandingOrNone();
        } catch (RuntimeException unavailable) {
            // The page reports the API's state itself; its policy then admits the configured tiles only.
            LOG.debug("no branding of {} for the page's policy: {}", city, unavailable.getMessage());
            return TenantProfile.Branding.NONE;
        }
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
