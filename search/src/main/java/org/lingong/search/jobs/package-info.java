/**
 * The shared jobs index. One index for all tenants ({@code jobs-v1}, read and written through the alias
 * {@code jobs}), each document routed by its tenant code, and one filtered alias per tenant
 * ({@code jobs-<tenant>}: filter {@code tenant = <tenant>}, routing {@code <tenant>}) that tenant-scoped searches
 * use. Hundreds of tenants share a few shards instead of owning hundreds of tiny indices.
 */
@NullMarked
package org.lingong.search.jobs;

import org.jspecify.annotations.NullMarked;
