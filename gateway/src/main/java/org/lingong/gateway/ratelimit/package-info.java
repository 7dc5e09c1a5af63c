/** Per-tenant request rate limits, per gateway replica. */
package org.lingong.gateway.ratelimit;
