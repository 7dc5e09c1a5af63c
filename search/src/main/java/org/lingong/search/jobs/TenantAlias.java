package org.lingong.search.jobs;

/** A tenant's filtered alias over the shared jobs index. */
record TenantAlias(String tenant, String alias, String index) {
}
