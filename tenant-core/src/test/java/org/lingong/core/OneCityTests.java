package org.lingong.core;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests in a city of their own (in 江苏), onboarded before the class's first test; a subclass's {@code @BeforeEach}
 * runs after it and may add to the city.
 */
public abstract class OneCityTests extends TenantCoreTests {

    protected static String city;
    /** The city administrator's token. */
    protected static String admin;

    @BeforeEach
    void onboardTheCity() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
        }
    }

    @AfterAll
    static void forgetTheCity() {
        city = null;
        admin = null;
    }

    /** Headers of a request to the city in that language. */
    protected static Map<String, String> in(String language) {
        return Map.of("X-Lingong-Tenant", city, "Accept-Language", language);
    }
}
