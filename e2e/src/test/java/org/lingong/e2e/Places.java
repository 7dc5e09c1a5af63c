package org.lingong.e2e;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spots of a test's own in 宿迁's countryside, south-east of the city: each call a different cell of a 0.05° grid
 * (about 5 km), away from the demo gigs around the centre and from every other test's spot, so the jobs a test posts
 * and the workers it places never meet another test's.
 */
final class Places {

    /** A position: WGS-84 degrees. */
    record Spot(double latitude, double longitude) {

        Spot north(double degrees) {
            return new Spot(latitude + degrees, longitude);
        }
    }

    private static final int ROWS = 6;
    private static final int COLUMNS = 10;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(ROWS * COLUMNS));

    private Places() {
    }

    /** The centre of a cell no other test of this run got (60 cells; a run takes far fewer). */
    static Spot own() {
        int cell = NEXT.getAndIncrement() % (ROWS * COLUMNS);
        return new Spot(33.575 + 0.05 * (cell / COLUMNS), 118.475 + 0.05 * (cell % COLUMNS));
    }
}
