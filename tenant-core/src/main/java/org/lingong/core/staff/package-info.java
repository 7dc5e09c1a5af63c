/**
 * A city's station-staff accounts (市场/驿站工作人员), managed by its city administrator: listed masked, created in
 * Keycloak with the city's {@code tenant} attribute and the {@code station-staff} role, disabled and enabled again.
 * Keycloak holds the accounts; the city's audit trail records every change.
 */
package org.lingong.core.staff;
