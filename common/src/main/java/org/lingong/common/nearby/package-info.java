/**
 * The nearby contract: the parameters of {@code GET /api/v1/jobs/nearby} (and the area of the other nearby APIs) and
 * how they are read, once, for search and for tenant-core's PostgreSQL fallback, so both answer the same query with
 * the same hits and refuse the same mistakes with the same problem. The e2e {@code NearbyContractTests} holds both to it.
 */
@NullMarked
package org.lingong.common.nearby;

import org.jspecify.annotations.NullMarked;
