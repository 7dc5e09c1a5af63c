package org.lingong.core.jobs;

import java.util.UUID;
import org.lingong.common.tenant.TenantCode;

/**
 * A job changed in a city and the change is in {@link JobChanges}: published inside the change's transaction, so
 * transactional listeners act once it has committed. {@code opened}: the job became open to workers.
 */
public record JobChanged(TenantCode tenant, UUID jobId, boolean opened) {
}
