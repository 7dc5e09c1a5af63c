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
import org.lingong.common.tenant.TenantCode;
import org.lingong.search.SearchServiceTests;
import org.lingong.search.TestJobsIndex;
import org.springframework.beans.factory.annotation.Autowired;

class JobsIndexTests extends SearchServiceTests {

    @Autowired
    JobsIndex jobsIndex;

    @Autowired
    ElasticsearchClient client;

    @Test
    void worksInTheConfiguredIndexNotTheDevStacksOwn() {
        assertThat(jobsIndex.index()).isEqualTo(TestJobsIndex.INDEX).isNotEqualTo("jobs-v1");
        assertThat(jobsIndex.alias()).isEqualTo(TestJobsIndex.ALIAS);
        assertThat(jobsIndex.aliasOf(TenantCode.parse("suqian").orElseThrow())).isEqualTo(TestJobsIndex.ALIAS + "-suqian");
    }

    @Test
    void createsTemplateIndexAndAliasFromScratchAndAgainWithoutHarm() throws IOException {
        deleteIfPresent();

        jobsIndex.create();
        jobsIndex.create();

        assertThat(client.indices().existsIndexTemplate(t -> t.name(jobsIndex.template())).value()).isTrue();
        assertThat(client.indices().getAlias(a -> a.name(jobsIndex.alias())).aliases()).containsOnlyKeys(jobsIndex.index());
        assertJobsMapping();
    }

    @Test
    void restoresTheAliasOfAnExistingIndex() throws IOException {
        jobsIndex.create();
        client.indices().deleteAlias(a -> a.index(jobsIndex.index()).name(jobsIndex.alias()));
        assertThat(client.indices().existsAlias(a -> a.name(jobsIndex.alias())).value()).isFalse();

        jobsIndex.create();

        assertThat(client.indices().getAlias(a -> a.name(jobsIndex.alias())).aliases()).containsOnlyKeys(jobsIndex.index());
        assertJobsMapping();
    }

    @Test
    void rejectsDocumentsWithoutTenantRoutingOrWithUnknownFields() throws IOException {
        jobsIndex.create();

        assertThatThrownBy(() -> client.index(i -> i.index(jobsIndex.alias()).id("no-routing")
                .document(Map.of("tenant", "suqian", "jobId", "no-routing"))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("routing");
        assertThatThrownBy(() -> client.index(i -> i.index(jobsIndex.alias()).id("unknown-field").routing("suqian")
                .document(Map.of("tenant", "suqian", "salary", 300))))
                .isInstanceOf(ElasticsearchException.class)
                .hasMessageContaining("strict");
    }

    private void assertJobsMapping() throws IOException {
        TypeMapping mapping = client.indices().getMapping(m -> m.index(jobsIndex.index()))
                .get(jobsIndex.index()).mappings();
        assertThat(mapping.dynamic()).isEqualTo(DynamicMapping.Strict);
        assertThat(mapping.routing().required()).isTrue();

        Map<String, Property> fields = mapping.properties();
        assertThat(fields).containsOnlyKeys("tenant", "jobId", "title", "description", "category", "wagePerDayFen",
                "wageAmountFen", "wageUnit", "location", "status", "validFrom", "validUntil", "slotsOpen",
                "sourceChannel", "priorityGroups", "updatedAt", "version", "address", "marketId", "startsAt", "endsAt",
                "term", "slots", "createdAt", "reindexRun");
        for (String keyword : new String[] {"tenant", "jobId", "category", "wageUnit", "status", "sourceChannel",
                "priorityGroups", "term", "reindexRun"}) {
            assertThat(fields.get(keyword).isKeyword()).as(keyword).isTrue();
        }
        assertThat(fields.get("title").text().analyzer()).isEqualTo("standard");
        assertThat(fields.get("title").text().fields().get("keyword").isKeyword()).isTrue();
        assertThat(fields.get("description").text().analyzer()).isEqualTo("standard");
        assertThat(fields.get("location").isGeoPoint()).isTrue();
        var settings = client.indices().getSettings(s -> s.index(jobsIndex.index())).get(jobsIndex.index()).settings()
                .index();
        assertThat(settings.gcDeletes().time()).isEqualTo("1h");
        assertThat(settings.refreshInterval().time()).as("searchable well within a second").isEqualTo("250ms");
        assertThat(fields.get("wagePerDayFen").isLong()).isTrue();
        assertThat(fields.get("wageAmountFen").isLong()).isTrue();
        assertThat(fields.get("version").isLong()).isTrue();
        assertThat(fields.get("slotsOpen").isInteger()).isTrue();
        assertThat(fields.get("marketId").isLong()).isTrue();
        assertThat(fields.get("slots").isInteger()).isTrue();
        assertThat(fields.get("address").text().analyzer()).isEqualTo("standard");
        for (String date : new String[] {"validFrom", "validUntil", "updatedAt", "startsAt", "endsAt", "createdAt"}) {
            assertThat(fields.get(date).isDate()).as(date).isTrue();
        }
    }

    private void deleteIfPresent() throws IOException {
        if (client.indices().exists(e -> e.index(jobsIndex.index())).value()) {
            client.indices().delete(d -> d.index(jobsIndex.index()));
        }
        if (client.indices().existsIndexTemplate(t -> t.name(jobsIndex.template())).value()) {
            client.indices().deleteIndexTemplate(t -> t.name(jobsIndex.template()));
        }
        assertThat(client.indices().exists(e -> e.index(jobsIndex.index())).value()).isFalse();
    }
}
