package org.lingong.gateway.ratelimit;

/**
 * A limit: requests per second on average, and how many may come at once (the bucket's size).
 *
 * @param perSecond how fast the bucket refills
 * @param burst     how many requests it holds when full
 */
record Rate(double perSecond, double burst) {

    /** One gateway replica's share when {@code replicas} share the traffic evenly; a bucket holds one request at least. */
    Rate share(int replicas) {
        int n = Math.max(1, replicas);
        return new Rate(perSecond / n, Math.max(1, burst / n));
    }
}
