/**
 * Keeping the jobs index in step with tenant-core: job events relayed from tenant-core's outbox, applied idempotently
 * and in order per job with Elasticsearch's external versioning (document version = job version), and re-index runs
 * that rebuild one tenant's documents from a full stream of its open and filled jobs.
 */
@NullMarked
package org.lingong.search.indexing;

import org.jspecify.annotations.NullMarked;
