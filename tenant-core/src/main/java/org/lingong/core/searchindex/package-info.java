/**
 * The search service as tenant-core feeds it: the relay that delivers every city's job changes (woken by
 * {@link org.lingong.core.jobs.JobChanged}), re-index runs, and the client of search's internal API; owns no table.
 * Onboarding uses {@link org.lingong.core.searchindex.SearchIndexClient} and
 * {@link org.lingong.core.searchindex.SearchReindex}.
 */
package org.lingong.core.searchindex;
