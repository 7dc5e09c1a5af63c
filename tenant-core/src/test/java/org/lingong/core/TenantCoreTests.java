package org.lingong.core;

import org.lingong.devstack.junit.UsesDevStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * tenant-core on a random port against the real PostgreSQL and Keycloak, with the search service played by
 * {@link SearchStandIn} so its failures can be staged.
 */
@UsesDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TenantCoreTests {

    protected static final SearchStandIn search = SearchStandIn.shared();

    @DynamicPropertySource
    static void searchUrl(DynamicPropertyRegistry registry) {
        registry.add("lingong.search.url", search::url);
    }

    @LocalServerPort
    protected int port;

    protected Api api() {
        return new Api(port);
    }
}
