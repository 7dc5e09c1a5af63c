/**
 * Nearby geometry: the {@link org.lingong.core.nearby.Circle} — a position and a radius on the Earth, its bounding box
 * for an index scan and the exact great-circle distance, in SQL and in Java — that every feature measuring "near" uses
 * (the jobs' PostgreSQL nearby query, the service network, the notification fan-out), on the sphere search uses too.
 * Owns no tables.
 */
package org.lingong.core.nearby;
