package org.lingong.core.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lingong.core.Api;
import org.lingong.core.SearchStandIn;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.lingong.devstack.junit.UsesDevStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service against the real PostgreSQL and Keycloak, for the people feature's API tests; the search service
 * (needed only by onboarding) is played by a stand-in. The classes extending this share one application context.
 */
@UsesDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PeopleApiTest {

    private static final SearchStandIn SEARCH = startSearch();

    @DynamicPropertySource
    static void searchUrl(DynamicPropertyRegistry registry) {
        registry.add("lingong.search.url", SEARCH::url);
    }

    private static SearchStandIn startSearch() {
        try {
            return new SearchStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /**
     * One password grant per user and test run (tokens live 15 minutes): Keycloak's brute-force protection was seen to
     * lock out a user, with the right password, after many grants in quick succession.
     */
    static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username, user -> Api.userToken(user, password));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api() {
        return new Api(port);
    }

    static Map<String, String> in(String tenant) {
        return Map.of("X-Lingong-Tenant", tenant);
    }

    static Map<String, String> in(String tenant, String language) {
        Map<String, String> headers = new HashMap<>(in(tenant));
        headers.put("Accept-Language", language);
        return headers;
    }

    /** A valid resident ID number (correct check character) of someone born on {@code birth} (yyyyMMdd). */
    static String idNumber(String address, String birth, String sequence) {
        String first17 = address + birth + sequence;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
