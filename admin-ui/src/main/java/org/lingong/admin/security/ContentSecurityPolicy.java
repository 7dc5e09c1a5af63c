package org.lingong.admin.security;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lingong.admin.maps.MapTiles;

/**
 * The Content-Security-Policy of one page, the second line of defence behind escaping every user text. Scripts: the
 * app's own files and the inline bootstrap scripts carrying this response's nonce — never an injected script or an
 * inline event handler (no {@code 'unsafe-inline'}, no {@code 'unsafe-hashes'}; a browser ignores
 * {@code 'unsafe-inline'} beside a nonce anyway). {@code 'unsafe-eval'} has to stay: Vaadin's client runs what the
 * server sends through {@code executeJs()} as {@code new Function(…)} — code written here, with user text only ever
 * as a parameter. Styles may be inline (Vaadin's components and Leaflet set them; user text never becomes a style).
 * Images: the app, {@code data:} URLs and the origins given — the city's tiles and logo, where uploaded logos live —
 * or any https image on the branding editor, whose preview shows what the admin types.
 *
 * @param nonce        this response's random nonce
 * @param imageSources origins ({@code https://tile.openstreetmap.org}) or {@code https:}, for the branding editor
 */
record ContentSecurityPolicy(String nonce, Set<String> imageSources) {

    /** A scheme, then a host with {@code {s}} (a Leaflet subdomain) allowed in it, then an optional port. */
    private static final Pattern ORIGIN = Pattern.compile("(https?)://([A-Za-z0-9.{}-]+)(:[0-9]{1,5})?(?:[/?#].*)?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    /** Leaflet's subdomains where a template names none. */
    private static final String LEAFLET_SUBDOMAINS = "abc";

    ContentSecurityPolicy {
        imageSources = Set.copyOf(imageSources);
    }

    String header() {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                String.join(" ", "img-src 'self' data:", String.join(" ", imageSources.stream().sorted().toList()))
                        .strip(),
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** {@code scheme://host[:port]} of an http(s) address; empty for anything else (which then loads nothing). */
    static Optional<String> origin(String address) {
        Set<String> origins = origins(address, "");
        return origins.size() == 1 ? Optional.of(origins.iterator().next()) : Optional.empty();
    }

    /** Where a Leaflet tile template loads from: one origin per subdomain where {@code {s}} is in the host. */
    static Set<String> origins(MapTiles tiles) {
        return origins(tiles.url(), tiles.subdomains().isEmpty() ? LEAFLET_SUBDOMAINS : tiles.subdomains());
    }

    private static Set<String> origins(String address, String subdomains) {
        Set<String> origins = new LinkedHashSet<>();
        Matcher parts = address == null ? null : ORIGIN.matcher(address);
        if (parts == null || !parts.matches()) {
            return origins;
        }
        String host = parts.group(2);
        String port = parts.group(3) == null ? "" : parts.group(3);
        if (host.contains("{s}")) {
            subdomains.chars().mapToObj(letter -> host.replace("{s}", Character.toString(letter)))
                    .forEach(one -> add(origins, parts.group(1), one, port));
        } else {
            add(origins, parts.group(1), host, port);
        }
        return origins;
    }

    /** Only a plain host name reaches the header: nothing there can end a directive or add a source. */
    private static void add(Set<String> origins, String scheme, String host, String port) {
        if (HOST.matcher(host).matches()) {
            origins.add(scheme + "://" + host.toLowerCase(Locale.ROOT) + port);
        }
    }
}
