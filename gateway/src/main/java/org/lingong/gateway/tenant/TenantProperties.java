package org.lingong.gateway.tenant;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param platformDomain  tenants are served at {@code <code>.<platformDomain>}
 * @param registryUri     tenant-core's tenant-routes document
 * @param pollInterval    pause between two polls of the registry
 * @param requestTimeout  how long one poll (token included) may take
 */
@ConfigurationProperties("lingong.gateway.tenants")
record TenantProperties(String platformDomain, URI registryUri, Duration pollInterval, Duration requestTimeout) {
}
