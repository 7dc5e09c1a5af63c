package org.lingong.search.tenants;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param url            tenant-core's base URL
 * @param pollInterval   pause between two polls of the registry feed
 * @param requestTimeout how long one call to tenant-core may take
 */
@ConfigurationProperties("lingong.search.tenant-core")
record TenantCoreProperties(URI url, Duration pollInterval, Duration requestTimeout) {
}
