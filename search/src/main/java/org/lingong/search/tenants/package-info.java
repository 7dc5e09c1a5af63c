/**
 * What search knows of tenants, all from tenant-core's registry feed ({@code /internal/v1/tenant-routes}, polled
 * with {@code If-None-Match} like the gateway does): each tenant's province, whether it shares its jobs with
 * neighbouring tenants, its travel speeds and its active job categories. Nothing is asked of tenant-core on a
 * search's request path. When tenant-core is away, the last good copy keeps serving.
 */
@NullMarked
package org.lingong.search.tenants;

import org.jspecify.annotations.NullMarked;
