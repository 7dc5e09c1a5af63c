/**
 * Nearby search in PostgreSQL: the circle (a position and a radius, or minutes of travel at the city's speeds), the
 * degraded nearby-jobs query the gateway falls back to when search is unreachable, and the parameter rules it shares
 * with the search service's API.
 */
package org.lingong.core.nearby;
