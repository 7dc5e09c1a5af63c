package org.lingong.search.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.devstack.junit.UsesDevStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@UsesDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobsIndexTests {

    @Autowired
    JobsIndex jobsIndex;

    @Autowired
    ElasticsearchClient client;

    @Test
    void createsTemplateIndexAndAliasFromScratchAndAgainWithoutHarm() throws IOException {
        deleteIfPresent();

        jobsIndex.create();
        jobsIndex.create();

        assertThat(client.indices().existsIndexTemplate(t -> t.name(JobsIndex.TEMPLATE)).value()).isTrue();
        assertThat(client.indices().getAlias(a -> a.name(JobsIndex.ALIAS)).aliases()).containsOnlyKeys(JobsIndex.INDEX);
        assertJobsMapping();
    }

    @Test
    void restoresTheAliasOfAnExistingIndex() throws IOException {
        jobsIndex.create();
        client.indices().deleteAlias(a -> a.index(JobsIndex.INDEX).name(JobsIndex.ALIAS));
        assertThat(client.indices().existsAlias(a -> a.name(JobsIndex.ALIAS)).value()).isFalse();

        jobsIndex.create();

        assertThat(client.indices().getAlias(a -> a.name(JobsIndex.ALIAS)).aliases()).containsOnlyKeys(JobsIndex.INDEX);
        assertJobsMapping();
    }

    @Test
    void rejectsDocumentsWithoutTenantRoutingOrWithUnknownFields() throws IOException {
        jobsIndex.create();

        assertThatThrownBy(() -> client.index(i -> i.index(JobsIndex.ALIAS).id("no-routing")
                .document(Map.of("tenant", "suqian", "jobId", "no-routing"))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("routing");
        assertThatThrownBy(() -> client.index(i -> i.index(JobsIndex.ALIAS).id("unknown-field").routing("suqian")
                .document(Map.of("tenant", "suqian", "salary", 300))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("strict");
    }

    private void assertJobsMapping() throws IOException {
        TypeMapping mapping = client.indices().getMapping(m -> m.index(JobsIndex.INDEX))
                .get(JobsIndex.INDEX).mappings();
        assertThat(mapping.dynamic()).isEqualTo(DynamicMapping.Strict);
        assertThat(mapping.routing().required()).isTrue();

        Map<String, Property> fields = mapping.properties();
        assertThat(fields).containsOnlyKeys("tenant", "jobId", "title", "description", "category", "wagePerDayFen",
                "wageAmountFen", "wageUnit", "location", "status", "validFrom", "validUntil", "slotsOpen",
                "sourceChannel", "priorityGroups", "updatedAt", "version");
        for (String keyword : new String[] {"tenant", "jobId", "category", "wageUnit", "status", "sourceChannel",
                "priorityGroups"}) {
            assertThat(fields.get(keyword).isKeyword()).as(keyword).isTrue();
        }
        assertThat(fields.get("title").text().analyzer()).isEqualTo("standard");
        assertThat(fields.get("title").text().fields().get("keyword").isKeyword()).isTrue();
        assertThat(fields.get("description").text().analyzer()).isEqualTo("standard");
        assertThat(fields.get("location").isGeoPoint()).isTrue();
        assertThat(fields.get("wagePerDayFen").isLong()).isTrue();
        assertThat(fields.get("wageAmountFen").isLong()).isTrue();
        assertThat(fields.get("version").isLong()).isTrue();
        assertThat(fields.get("slotsOpen").isInteger()).isTrue();
        for (String date : new String[] {"validFrom", "validUntil", "updatedAt"}) {
            assertThat(fields.get(date).isDate()).as(date).isTrue();
        }
    }

    private void deleteIfPresent() throws IOException {
        if (client.indices().exists(e -> e.index(JobsIndex.INDEX)).value()) {
            client.indices().delete(d -> d.index(JobsIndex.INDEX));
        }
        if (client.indices().existsIndexTemplate(t -> t.name(JobsIndex.TEMPLATE)).value()) {
            client.indices().deleteIndexTemplate(t -> t.name(JobsIndex.TEMPLATE));
        }
        assertThat(client.indices().exists(e -> e.index(JobsIndex.INDEX)).value()).isFalse();
    }
}
