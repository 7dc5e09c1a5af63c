/**
 * Lingong search service. It owns Elasticsearch: the shared jobs index, the per-tenant filtered aliases over it and
 * the search API. No other service talks to Elasticsearch.
 */
@NullMarked
package org.lingong.search;

import org.jspecify.annotations.NullMarked;
