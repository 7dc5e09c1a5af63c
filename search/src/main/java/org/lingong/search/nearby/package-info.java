/**
 * The public nearby-jobs API: open jobs within a radius of a point (given in metres, or as minutes of travel at the
 * tenant's speed for a mode), filtered, searched by text, sorted and paged, with facet counts within the circle and,
 * near a border, the shared jobs of neighbouring tenants of the same province. Public (no login) but always scoped
 * to the tenant of the gateway's trusted header.
 */
@NullMarked
package org.lingong.search.nearby;

import org.jspecify.annotations.NullMarked;
