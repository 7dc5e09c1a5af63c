/** The nearby search's fallback: when search fails, is slow or its circuit is open, tenant-core answers degraded. */
package org.lingong.gateway.search;
