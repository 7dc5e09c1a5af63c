/**
 * A person's national account as a city's desk and the person see it: a station desk opens (or finds) the account of a
 * walk-in whose phone it confirmed by SMS and registers them in person; the person closes it on request (PIPL), erasing
 * their worker profile in every city. Owns the city's {@code desk_code} table. Keycloak stays the one source of
 * accounts: both go through the {@code lingong-accounts} resource of the project's Keycloak extension, which admits
 * tenant-core's service account alone and never touches staff accounts.
 */
package org.lingong.core.accounts;
