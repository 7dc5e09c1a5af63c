/** The cached tenant registry and the resolution of each request's tenant from its path prefix or host. */
package org.lingong.gateway.tenant;
