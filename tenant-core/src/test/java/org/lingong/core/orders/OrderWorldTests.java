package org.lingong.core.orders;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.lingong.core.TenantCoreTests;

/**
 * Tests of one {@link OrderWorld}: a city of their own with jobs, made before the class's first test (a subclass's
 * {@code @BeforeEach} runs after it and may add to it), and its Keycloak users deleted after the last.
 */
public abstract class OrderWorldTests extends TenantCoreTests {

    protected static OrderWorld world;

    @BeforeEach
    void aWorld() {
        if (world == null) {
            world = new OrderWorld(api());
        }
    }

    @AfterAll
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }
}
