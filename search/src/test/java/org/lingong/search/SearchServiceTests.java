package org.lingong.search;

import org.junit.jupiter.api.BeforeEach;
import org.lingong.devstack.junit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search service on a random port against the real Elasticsearch and Keycloak, with an HTTP client for it. Its
 * jobs index is the test run's own ({@link TestJobsIndex}); tenant-core's feeds come from {@link TenantCoreStub}.
 */
@RealServers
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestJobsIndex.class)
public abstract class SearchServiceTests {

    @LocalServerPort
    protected int port;

    protected Api api;

    @DynamicPropertySource
    static void ownJobsIndexAndTenantCore(DynamicPropertyRegistry registry) {
        TestJobsIndex.register(registry);
        registry.add("lingong.search.tenant-core.url", TenantCoreStub.INSTANCE::url);
        registry.add("lingong.search.tenant-core.poll-interval", () -> "200ms");
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
