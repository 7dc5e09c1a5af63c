/**
 * The tenant registry: owns the platform schema's cities, domains, logos and the national division table
 * (provinces, GB/T 2260 divisions) with their migrations, and serves the routing feed the gateway and search poll.
 * Other features use {@link org.lingong.core.registry.TenantDirectory} (the routable cities in memory),
 * {@link org.lingong.core.registry.EveryCity} (background work in every city),
 * {@link org.lingong.core.registry.Registrations} and {@link org.lingong.core.registry.NationalDivisions}.
 */
package org.lingong.core.registry;
