package org.lingong.search.nearby;

/** Orders of the nearby results; distance breaks every tie. */
enum Sort {
    DISTANCE, WAGE, RECENT, RELEVANCE
}
