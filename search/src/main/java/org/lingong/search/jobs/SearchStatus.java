package org.lingong.search.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What the search service sees of Elasticsearch: cluster health ({@code green}, {@code yellow}, {@code red}),
 * whether the jobs index is there, and the request's tenant: whether its alias is there and how many jobs it holds.
 */
record SearchStatus(String cluster, boolean jobsIndex, Tenant tenant) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tenant(String code, String alias, boolean aliasPresent, @Nullable Long documents) {
    }
}
