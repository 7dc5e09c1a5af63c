package org.lingong.search.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.lingong.search.SearchServiceTests;
import org.springframework.beans.factory.annotation.Autowired;

/** The client the rest of the service relies on: Rest5 transport, Jackson 3 mapping, talking to the real cluster. */
class ElasticsearchClientTests extends SearchServiceTests {

    @Autowired
    ElasticsearchClient client;

    @Test
    void usesTheRest5TransportWithJackson3() {
        assertThat(client._transport()).isInstanceOf(Rest5ClientTransport.class);
        assertThat(client._jsonpMapper()).isInstanceOf(Jackson3JsonpMapper.class);
    }

    @Test
    void readsClusterHealthFromTheDevStackCluster() throws IOException {
        assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
    }
}
