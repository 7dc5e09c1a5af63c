package org.lingong.core.people;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.people.checks.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers for the people feature's API tests; the classes extending this share tenant-core's test context. */
abstract class PeopleApiTest extends TenantCoreTests {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** One password grant per user and test run (tokens live 15 minutes). */
    static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username, user -> Api.userToken(user, password));
    }

    @Autowired
    JdbcClient jdbc;

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
