package org.lingong.admin.network;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import org.lingong.admin.api.PlatformApi;

/**
 * One of the city's regions as {@code GET /api/v1/regions/tree} gives it: a county (COUNTY), a township or street
 * (TOWNSHIP) or a community or village (VILLAGE, possibly a central village), with the regions below it.
 */
record Region(String code, String name, String level, boolean central, List<Region> children)
        implements Serializable {

    Region {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The city's counties, each with everything below it. */
    static List<Region> tree(PlatformApi api, String tenant) {
        return List.of(api.get(Region[].class, "/t/{tenant}/api/v1/regions/tree", tenant));
    }

    /** This region and every region below it, parents before their children. */
    Stream<Region> withDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Region::withDescendants));
    }
}
