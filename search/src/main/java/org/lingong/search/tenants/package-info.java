/**
 * What search knows of tenants, all from tenant-core: the registry feed ({@code /internal/v1/tenant-routes}, polled
 * with {@code If-None-Match} like the gateway does) gives each tenant's province, whether it shares its jobs with
 * neighbouring tenants and its travel speeds; each tenant's job categories are fetched on demand and cached. When
 * tenant-core is away, the last good copy keeps serving.
 */
@NullMarked
package org.lingong.search.tenants;

import org.jspecify.annotations.NullMarked;
