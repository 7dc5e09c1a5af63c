/**
 * The province's blacklist of illegal employment agencies (黑中介, SPEC F9): the first data of the platform that
 * crosses tenants by design, so its access rule is explicit. Entries belong to a province, not a city, and live in
 * the platform schema ({@code platform.agency_listing}). A city admin proposes an entry through the city's API; the
 * province's admin ({@link org.lingong.common.tenant.TenantAccess#governsProvince}) lists or rejects it, adds entries
 * and removes them through {@code /api/v1/platform/provinces/{province}/agency-blacklist}; every city of the
 * province reads what is listed, and its staff and people check an agency by credit code or phone. Implements
 * {@link org.lingong.core.people.ListedAgencies}, so a listed agency registered as an employer cannot publish or
 * confirm. Phones are sealed and matched through {@link org.lingong.core.people.AgencyKeys}.
 */
package org.lingong.core.blacklist;
