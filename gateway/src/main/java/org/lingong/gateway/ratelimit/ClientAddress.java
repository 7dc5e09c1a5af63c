package org.lingong.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who sent a request when no token says so: the address of the connection, unless that is one of the trusted proxies
 * ({@code LINGONG_TRUSTED_PROXIES}, CIDR ranges; loopback by default, the ingress controller's pods in a cluster) —
 * then the proxy's forwarding header names the client. That header is read from the right: each trusted proxy appends
 * the address it saw, so the rightmost address that is not a trusted proxy is the client as the outermost proxy saw
 * it, and anything further left is whatever the client wrote. Only the one header the proxies set is read
 * ({@code X-Forwarded-For} by default, or {@code Forwarded}): a proxy passes the other on untouched, so it would be the
 * client's own words.
 */
final class ClientAddress {

    private static final String FORWARDED = "Forwarded";
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressRange> trustedProxies;
    private final boolean forwardedHeader;

    /** @param header {@code X-Forwarded-For} or {@code Forwarded} */
    ClientAddress(List<AddressRange> trustedProxies, String header) {
        this.trustedProxies = List.copyOf(trustedProxies);
        if (!header.equalsIgnoreCase(FORWARDED) && !header.equalsIgnoreCase(X_FORWARDED_FOR)) {
            throw new IllegalArgumentException("The client address header is X-Forwarded-For or Forwarded, not "
                    + header);
        }
        this.forwardedHeader = header.equalsIgnoreCase(FORWARDED);
    }

    /** The caller key of the request's client: {@code ip:} and its address, an IPv6 client's /64 network. */
    String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return "ip:unknown";
        }
        return key(clientBehind(AddressRange.unmapped(peer), hops(request.getHeaders())));
    }

    InetAddress clientBehind(InetAddress peer, List<String> hops) {
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            InetAddress hop = parse(hops.get(i));
            if (hop == null) {
                // The proxy could not (or would not) say who it saw: it stands for its client.
                return client;
            }
            client = hop;
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** The addresses the proxies recorded, the first proxy's leftmost. */
    private List<String> hops(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        for (String value : headers.getOrEmpty(forwardedHeader ? FORWARDED : X_FORWARDED_FOR)) {
            for (String element : value.split(",")) {
                hops.add(forwardedHeader ? forNode(element) : element.trim());
            }
        }
        return hops;
    }

    /** The {@code for=} node of one element of RFC 7239's {@code Forwarded}; empty when it has none. */
    private static String forNode(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                return pair.substring(equals + 1).trim().replace("\"", "");
            }
        }
        return "";
    }

    /** An address with or without a port, IPv6 possibly in brackets; null for anything else ("unknown", names). */
    static InetAddress parse(String node) {
        String address = node.trim();
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            address = close < 0 ? "" : address.substring(1, close);
        } else if (address.indexOf(':') == address.lastIndexOf(':') && address.indexOf(':') > 0) {
            address = address.substring(0, address.indexOf(':'));
        }
        try {
            return AddressRange.literal(address);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** An IPv6 client usually holds a whole /64, so that is its key; an IPv4 client its address. */
    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            return "ip:" + HexFormat.of().formatHex(address.getAddress(), 0, 8) + "::/64";
        }
        return "ip:" + address.getHostAddress();
    }
}
