package org.lingong.core.identity;

import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The platform service account's access token (client credentials), reused until shortly before it expires. */
@Component
public class ServiceToken {

    private final RestClient keycloak;
    private final String tokenPath;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    ServiceToken(RestClient.Builder builder,
                 @Value("${lingong.keycloak.url}") String keycloakUrl,
                 @Value("${lingong.keycloak.realm}") String realm,
                 @Value("${lingong.keycloak.client-id}") String clientId,
                 @Value("${lingong.keycloak.client-secret}") String clientSecret) {
        this.keycloak = builder.baseUrl(keycloakUrl).build();
        this.tokenPath = "/realms/" + realm + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    private record TokenResponse(String access_token, long expires_in) {
    }

    public synchronized String bearer() {
        if (Instant.now().isAfter(expiresAt.minusSeconds(30))) {
            var form = new LinkedMultiValueMap<String, String>();
            form.setAll(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
            TokenResponse response = keycloak.post().uri(tokenPath).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().body(TokenResponse.class);
            token = response.access_token();
            expiresAt = Instant.now().plusSeconds(response.expires_in());
        }
        return "Bearer " + token;
    }
}
