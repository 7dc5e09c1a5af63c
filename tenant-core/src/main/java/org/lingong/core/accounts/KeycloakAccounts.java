package org.lingong.core.accounts;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The Keycloak extension's {@code lingong-accounts} resource, called as tenant-core's service account. */
@Component
class KeycloakAccounts {

    /** The national account of a phone; {@code created} when this call opened it. */
    record Opened(String id, boolean created, String privacyNoticeVersion) {
    }

    private record Refusal(String error) {
    }

    private final RestClient accounts;

    KeycloakAccounts(RestClient.Builder builder, OAuth2ClientHttpRequestInterceptor serviceToken,
                     @Value("${lingong.keycloak.url}") String keycloakUrl,
                     @Value("${lingong.keycloak.realm}") String realm) {
        this.accounts = builder.clone().baseUrl(keycloakUrl + "/realms/" + realm + "/lingong-accounts")
                .requestInterceptor(serviceToken).build();
    }

    /**
     * Opens the phone's account, or finds it, recording the city's consent with the privacy notice's version.
     *
     * @throws ProblemException {@code account-not-openable} for a staff or disabled account, or one being opened at
     *                          this moment; {@code identity-unavailable} when Keycloak cannot answer
     */
    Opened openByPhone(String phone, String city) {
        try {
            return accounts.post().uri("/phone-accounts")
                    .body(java.util.Map.of("phone", phone, "city", city)).retrieve().body(Opened.class);
        } catch (HttpClientErrorException.Conflict e) {
            Refusal refusal = e.getResponseBodyAs(Refusal.class);
            throw new ProblemException(ProblemType.ACCOUNT_NOT_OPENABLE, refusal == null ? "?" : refusal.error());
        } catch (ResourceAccessException | HttpServerErrorException e) {
            throw unavailable(e);
        }
    }

    /** Deletes the account; one already gone counts as deleted. */
    void close(String accountId) {
        try {
            accounts.delete().uri("/accounts/{id}", accountId).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound gone) {
            // Deleted by an earlier attempt whose answer was lost: the request is done.
        } catch (HttpClientErrorException.Conflict e) {
            throw new ProblemException(ProblemType.ACCOUNT_OF_STAFF);
        } catch (ResourceAccessException | HttpServerErrorException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(RuntimeException e) {
        return ProblemException.causedBy(e, ProblemType.IDENTITY_UNAVAILABLE).withHeader("Retry-After", "30");
    }
}
