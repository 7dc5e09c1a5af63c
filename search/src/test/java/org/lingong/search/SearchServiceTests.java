package org.lingong.search;

import org.junit.jupiter.api.BeforeEach;
import org.lingong.devstack.junit.UsesDevStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search service on a random port against the real Elasticsearch and Keycloak, with an HTTP client for it. */
@UsesDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SearchServiceTests {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
