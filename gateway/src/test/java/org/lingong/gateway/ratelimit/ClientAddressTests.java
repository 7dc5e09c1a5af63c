package org.lingong.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTests {

    private static final List<AddressRange> PROXIES = List.of(AddressRange.parse("10.42.0.0/16"),
            AddressRange.parse("127.0.0.1"), AddressRange.parse("fd00::/8"));

    private static String client(ClientAddress addresses, String peer, String header, String... values) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/t/suqian/api/v1/job-categories")
                .remoteAddress(new InetSocketAddress(AddressRange.literal(peer), 40_000));
        for (String value : values) {
            request.header(header, value);
        }
        return addresses.of(request.build());
    }

    private final ClientAddress forwardedFor = new ClientAddress(PROXIES, "X-Forwarded-For");

    @Test
    void aClientConnectingDirectlyIsItsAddressWhateverItClaims() {
        assertThat(client(forwardedFor, "203.0.113.7", "X-Forwarded-For", "198.51.100.1")).isEqualTo("ip:203.0.113.7");
        assertThat(client(forwardedFor, "203.0.113.7", "Forwarded", "for=198.51.100.1")).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For", "198.51.100.9")).isEqualTo("ip:198.51.100.9");
        // The client prepended a made-up address; the proxy appended the real one.
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For", "1.2.3.4, 198.51.100.9"))
                .isEqualTo("ip:198.51.100.9");
        // Two proxies of ours, the outer one saw the client.
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For", "1.2.3.4, 198.51.100.9, 10.42.9.9"))
                .isEqualTo("ip:198.51.100.9");
        // Header lines add up in order.
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For", "1.2.3.4", "198.51.100.9:4711"))
                .isEqualTo("ip:198.51.100.9");
    }

    @Test
    void aTrustedProxyWithoutAHeaderOrWithANameStandsForItsClient() {
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For")).isEqualTo("ip:10.42.3.4");
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For", "unknown")).isEqualTo("ip:10.42.3.4");
        assertThat(client(forwardedFor, "10.42.3.4", "X-Forwarded-For", "evil.example.com")).isEqualTo("ip:10.42.3.4");
    }

    @Test
    void onlyTheConfiguredHeaderIsRead() {
        // A proxy setting X-Forwarded-For passes a client's Forwarded on untouched: it must not count.
        assertThat(client(forwardedFor, "10.42.3.4", "Forwarded", "for=1.2.3.4")).isEqualTo("ip:10.42.3.4");

        ClientAddress forwarded = new ClientAddress(PROXIES, "Forwarded");
        assertThat(client(forwarded, "10.42.3.4", "Forwarded",
                "for=1.2.3.4;proto=https, for=\"[2001:db8:cafe::17]:4711\";by=10.42.3.4"))
                .isEqualTo("ip:20010db8cafe0000::/64");
        assertThat(client(forwarded, "10.42.3.4", "X-Forwarded-For", "1.2.3.4")).isEqualTo("ip:10.42.3.4");
        assertThatThrownBy(() -> new ClientAddress(PROXIES, "X-Real-IP")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIpv6ClientIsItsSlash64() throws Exception {
        assertThat(ClientAddress.key(InetAddress.getByName("2001:db8:1:2:aaaa::1")))
                .isEqualTo(ClientAddress.key(InetAddress.getByName("2001:db8:1:2:bbbb::2")))
                .isEqualTo("ip:20010db800010002::/64");
        assertThat(ClientAddress.key(InetAddress.getByName("2001:db8:1:3::1"))).isNotEqualTo(
                ClientAddress.key(InetAddress.getByName("2001:db8:1:2::1")));
        assertThat(client(forwardedFor, "fd00::5", "X-Forwarded-For", "::ffff:198.51.100.9"))
                .isEqualTo("ip:198.51.100.9");
    }

    @Test
    void rangesMatchTheirPrefixOnly() {
        AddressRange range = AddressRange.parse("10.42.0.0/15");
        assertThat(range.contains(AddressRange.literal("10.43.255.255"))).isTrue();
        assertThat(range.contains(AddressRange.literal("10.44.0.0"))).isFalse();
        assertThat(range.contains(AddressRange.literal("::1"))).isFalse();
        assertThat(AddressRange.parse("::1/128").contains(AddressRange.literal("::1"))).isTrue();
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("localhost")).isInstanceOf(IllegalArgumentException.class);
    }
}
