package org.lingong.core.jobs;

import org.lingong.common.tenant.TenantCode;

/** A job change was written to the city's outbox; listeners act once the change has committed. */
public record OutboxAppended(TenantCode tenant) {
}
