package org.lingong.core.blacklist;

/** Where an entry stands: proposed by a city, listed or rejected by the province, removed from the list later. */
enum ListingStatus {
    PROPOSED, LISTED, REJECTED, REMOVED
}
