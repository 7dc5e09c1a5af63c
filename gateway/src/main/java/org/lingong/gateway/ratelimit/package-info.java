/**
 * Request rate limits per caller — a token's subject, or the client's address — under a ceiling per city, each gateway
 * replica enforcing its share.
 */
package org.lingong.gateway.ratelimit;
