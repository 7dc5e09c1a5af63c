package org.lingong.core.registry;

/** How a worker gets to a job: the nearby search turns minutes of this into metres with the tenant's speeds. */
public enum TravelMode {
    WALK, BIKE, EBIKE, TRANSIT
}
