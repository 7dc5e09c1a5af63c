package org.lingong.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lingong.search.SearchServiceTests;
import org.lingong.devstack.junit.OpenApiSnapshot;

class OpenApiDocumentTests extends SearchServiceTests {

    @Test
    void theCommittedOpenApiDocumentIsTheServedOne() throws Exception {
        assertThat(OpenApiSnapshot.compare("http://127.0.0.1:" + port + "/v3/api-docs",
                Path.of("..", "docs", "openapi", "search.json"))).isNull();
    }
}
