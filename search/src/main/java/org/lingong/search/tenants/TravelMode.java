package org.lingong.search.tenants;

/**
 * How a worker gets to a job. The default speeds (metres per minute) are the platform's; each tenant may set its own
 * (a city admin edits them in tenant-core; they reach search through the registry feed).
 */
public enum TravelMode {
    WALK(75), BIKE(200), EBIKE(300), TRANSIT(250);

    private final int defaultMetresPerMinute;

    TravelMode(int defaultMetresPerMinute) {
        this.defaultMetresPerMinute = defaultMetresPerMinute;
    }

    public int defaultMetresPerMinute() {
        return defaultMetresPerMinute;
    }
}
