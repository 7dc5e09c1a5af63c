package org.lingong.core.ratings;

/** The two sides of an order that rate each other; a rating is given by one and is about the other. */
enum RatingSide {
    WORKER, EMPLOYER;

    RatingSide other() {
        return this == WORKER ? EMPLOYER : WORKER;
    }
}
