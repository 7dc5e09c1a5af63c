/**
 * A city's station-staff accounts (市场/驿站工作人员), managed by its city administrator: listed masked, created in
 * Keycloak with the city's {@code tenant} attribute and the {@code station-staff} role, disabled and enabled again.
 * Keycloak holds the accounts (no table here); the city's audit trail records every change. Exposes only its REST API.
 */
package org.lingong.core.staff;
