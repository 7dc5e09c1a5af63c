/**
 * Nearby search in PostgreSQL: the circle (a position and a radius on the Earth), and the degraded nearby-jobs query
 * the gateway falls back to when search is unreachable. Its parameters and their rules are the platform's one nearby
 * contract ({@code org.lingong.common.nearby}), shared with the search service's API.
 */
package org.lingong.core.nearby;
