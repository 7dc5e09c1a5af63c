/**
 * The audit trail: owns each city's {@code audit_event} table. Other features record who did what through
 * {@link org.lingong.core.audit.AuditLog}, inside their own transaction; city staff read the trail over the API.
 */
package org.lingong.core.audit;
