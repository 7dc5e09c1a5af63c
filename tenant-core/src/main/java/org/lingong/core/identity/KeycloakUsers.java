package org.lingong.core.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lingong.common.tenant.Roles;
import org.lingong.common.tenant.TenantCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API as tenant-core's service account, which may do no more than this: the city accounts
 * (administrators, station staff) are the members of the groups named after their roles, each group carrying its
 * realm role, and the realm's fine-grained admin permissions let the account create users into those groups and
 * view, enable, disable, sign out and delete their members — nobody else (docs/security.md). It can grant no role
 * directly, reset no other account's password and read no other account. Every account it creates carries the
 * admin-only {@code tenant} attribute of its city, mapped into tokens. The only place that talks to the admin API.
 */
@Component
public class KeycloakUsers {

    /** Group members are read in pages of this size. */
    private static final int PAGE = 500;
    /** The roles tenant-core grants, each through the group of the same name. */
    private static final Set<String> CITY_ROLES = Set.of(Roles.CITY_ADMIN, Roles.STATION_STAFF);

    private final RestClient admin;
    private final Map<String, String> groupIds = new ConcurrentHashMap<>();

    KeycloakUsers(RestClient.Builder builder, OAuth2ClientHttpRequestInterceptor serviceToken,
                  @Value("${lingong.keycloak.url}") String keycloakUrl,
                  @Value("${lingong.keycloak.realm}") String realm) {
        this.admin = builder.clone().baseUrl(keycloakUrl + "/admin/realms/" + realm).requestInterceptor(serviceToken)
                .build();
    }

    public record NewUser(String username, String email, String firstName, String lastName, String password,
                          boolean temporaryPassword) {

        @Override
        public String toString() {
            return "NewUser[username=" + username + "]";
        }
    }

    /** A city account as Keycloak holds it; {@code tenant} is its city. */
    public record Account(String id, String username, String lastName, String firstName, String email,
                          boolean enabled, Instant created, Optional<String> tenant) {
    }

    /** Keycloak refused a new user because its user name or e-mail address is taken; {@code field} says which. */
    public static final class UserExists extends RuntimeException {

        private final String field;

        UserExists(String field) {
            super("a user with the same " + field + " exists");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Keycloak refused the password under the realm's password policy. */
    public static final class PasswordRefused extends RuntimeException {

        PasswordRefused(String reason) {
            super(reason);
        }
    }

    private record UserRepresentation(String id, String username, String firstName, String lastName, String email,
                                      Boolean enabled, Long createdTimestamp, Map<String, List<String>> attributes) {

        Account account() {
            return new Account(id, username, lastName, firstName, email, Boolean.TRUE.equals(enabled),
                    createdTimestamp == null ? null : Instant.ofEpochMilli(createdTimestamp), tenant());
        }

        Optional<String> tenant() {
            List<String> tenant = attributes == null ? List.of() : attributes.getOrDefault("tenant", List.of());
            return tenant.stream().findFirst();
        }
    }

    private record GroupRepresentation(String id, String name) {
    }

    /** Keycloak answers errors in one of two shapes. */
    private record ErrorRepresentation(String error, String errorMessage,
                                       @JsonProperty("error_description") String description) {

        String text() {
            return String.valueOf(errorMessage != null ? errorMessage : description != null ? description : error);
        }
    }

    /**
     * Makes sure the city has this account with the role: creates it, or, when an account of this city has the name
     * already, adds the role to it. An account of anyone else — another city's, a worker's, the platform's — is never
     * taken over: it is {@link UserExists} on {@code username}, and stays as it was. Returns the account's id.
     *
     * @throws UserExists      when the user name belongs to an account outside this city, or the e-mail is taken
     * @throws PasswordRefused when a new account's password breaks the realm's password policy
     */
    public String ensureCityAccount(TenantCode city, NewUser user, String role) {
        Optional<UserRepresentation> existing = find(user.username());
        if (existing.isEmpty()) {
            return createCityAccount(city, user, role);
        }
        if (!existing.get().tenant().equals(Optional.of(city.value()))) {
            // Another city's account (the only others this service account can see at all).
            throw new UserExists("username");
        }
        String id = existing.get().id();
        if (!memberOf(id, role)) {
            admin.put().uri("/users/{id}/groups/{group}", id, groupId(role)).retrieve().toBodilessEntity();
        }
        return id;
    }

    /**
     * Creates a new account of the city with the role and returns its id. Created as a member of the role's group, the
     * account has its city and its role from its first moment, or does not exist.
     *
     * @throws UserExists      when the user name or the e-mail address is taken
     * @throws PasswordRefused when the password breaks the realm's password policy
     */
    public String createCityAccount(TenantCode city, NewUser user, String role) {
        Map<String, Object> representation = Map.of(
                "username", user.username(),
                "email", user.email(),
                "emailVerified", true,
                "firstName", user.firstName(),
                "lastName", user.lastName(),
                "enabled", true,
                "attributes", Map.of("tenant", List.of(city.value())),
                "groups", List.of(groupPath(role)),
                "requiredActions", user.temporaryPassword() ? List.of("UPDATE_PASSWORD") : List.of(),
                "credentials", List.of(Map.of("type", "password", "value", user.password(),
                        "temporary", user.temporaryPassword())));
        URI location;
        try {
            location = admin.post().uri("/users")
                    .body(representation).retrieve().toBodilessEntity().getHeaders().getLocation();
        } catch (HttpClientErrorException.Conflict e) {
            String message = e.getResponseBodyAs(ErrorRepresentation.class).text();
            throw new UserExists(message.toLowerCase().contains("email") ? "email" : "username");
        } catch (HttpClientErrorException.BadRequest e) {
            ErrorRepresentation error = e.getResponseBodyAs(ErrorRepresentation.class);
            if (error != null && error.text().toLowerCase().contains("password")) {
                throw new PasswordRefused(error.text());
            }
            throw e;
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The city's accounts with the role, in Keycloak's order. */
    public List<Account> cityAccounts(TenantCode city, String role) {
        // Keycloak filters a group's members by nothing: read them page by page and keep the city's. A role's members
        // across all cities stay in the thousands.
        List<Account> accounts = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            UserRepresentation[] page = admin.get()
                    .uri("/groups/{group}/members?briefRepresentation=false&first={first}&max={max}", groupId(role),
                            first, PAGE)
                    .retrieve().body(UserRepresentation[].class);
            Arrays.stream(page).filter(user -> user.tenant().equals(Optional.of(city.value())))
                    .map(UserRepresentation::account).forEach(accounts::add);
            if (page.length < PAGE) {
                return accounts;
            }
        }
    }

    /**
     * The city's account with this id if it holds the role and no other city role — an administrator who is also
     * station staff is not the city admin's to manage as staff.
     */
    public Optional<Account> cityAccount(TenantCode city, String id, String role) {
        return byId(id).filter(account -> account.tenant().equals(Optional.of(city.value())))
                .filter(account -> groupsOf(id).stream().filter(CITY_ROLES::contains).toList().equals(List.of(role)));
    }

    /** A city account by id; any other account is invisible to this service account, as if there were none. */
    public Optional<Account> byId(String id) {
        try {
            return Optional.of(admin.get().uri("/users/{id}", id)
                    .retrieve().body(UserRepresentation.class).account());
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Forbidden e) {
            return Optional.empty();
        }
    }

    /**
     * Lets the user sign in again, or stops it and ends its sessions, so its refresh tokens stop working too. When the
     * sessions cannot be ended, the user is enabled again and the failure passed on: nothing changed.
     */
    public void setEnabled(String id, boolean enabled) {
        enable(id, enabled);
        if (!enabled) {
            try {
                admin.post().uri("/users/{id}/logout", id).retrieve().toBodilessEntity();
            } catch (RuntimeException e) {
                try {
                    enable(id, true);
                } catch (RuntimeException restoreFailed) {
                    e.addSuppressed(restoreFailed);
                }
                throw e;
            }
        }
    }

    private void enable(String id, boolean enabled) {
        admin.put().uri("/users/{id}", id).body(Map.of("enabled", enabled)).retrieve().toBodilessEntity();
    }

    public void delete(String id) {
        admin.delete().uri("/users/{id}", id)
                .retrieve().toBodilessEntity();
    }

    /** Disables every account of the city (offboarding keeps accounts for audit, but nobody can sign in). */
    public int disableTenantUsers(TenantCode tenant) {
        // The search sees only the city accounts this service account manages, the city's and no other.
        UserRepresentation[] users = admin.get().uri("/users?q=tenant:{tenant}&max=10000", tenant.value())
                .retrieve().body(UserRepresentation[].class);
        for (UserRepresentation user : users) {
            setEnabled(user.id(), false);
        }
        return users.length;
    }

    private Optional<UserRepresentation> find(String username) {
        UserRepresentation[] found = admin.get().uri("/users?username={u}&exact=true", username)
                .retrieve().body(UserRepresentation[].class);
        return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private boolean memberOf(String id, String role) {
        return groupsOf(id).contains(role);
    }

    private List<String> groupsOf(String id) {
        GroupRepresentation[] groups = admin.get().uri("/users/{id}/groups", id)
                .retrieve().body(GroupRepresentation[].class);
        return Arrays.stream(groups).map(GroupRepresentation::name).toList();
    }

    private String groupId(String role) {
        return groupIds.computeIfAbsent(role, name -> admin.get().uri("/group-by-path/{path}",
                groupPath(name).substring(1)).retrieve().body(GroupRepresentation.class).id());
    }

    private static String groupPath(String role) {
        if (!CITY_ROLES.contains(role)) {
            throw new IllegalArgumentException(role + " is not a city role tenant-core may grant");
        }
        return "/" + role;
    }
}
