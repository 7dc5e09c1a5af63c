package org.lingong.search.tenants;

import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The platform service account's access token (client credentials), reused until shortly before it expires. */
@Component
class ServiceToken {

    private record TokenResponse(String access_token, long expires_in) {
    }

    private final RestClient keycloak;
    private final String tokenUri;
    private final MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    private String token = "";
    private Instant expiresAt = Instant.EPOCH;

    ServiceToken(RestClient.Builder builder,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${lingong.search.service-client.id:lingong-services}") String clientId,
            @Value("${lingong.search.service-client.secret:lingong-services-dev-secret}") String clientSecret) {
        this.keycloak = builder.build();
        this.tokenUri = issuer + "/protocol/openid-connect/token";
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
    }

    synchronized String bearer() {
        if (Instant.now().isAfter(expiresAt.minusSeconds(30))) {
            TokenResponse response = keycloak.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().body(TokenResponse.class);
            if (response == null) {
                throw new IllegalStateException("Keycloak answered no token");
            }
            token = response.access_token();
            expiresAt = Instant.now().plusSeconds(response.expires_in());
        }
        return "Bearer " + token;
    }
}
