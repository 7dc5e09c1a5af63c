package org.lingong.core.blacklist;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry as staff of the province and its cities see it: the phone masked, never in clear (nobody reads it back:
 * matching needs only its keyed hash). {@code proposedByCity} (code and name) is null for an entry the province added
 * itself.
 */
record ListingDetails(UUID id, int number, String provinceCode, String name, String creditCode, String phoneMasked,
                      String grounds, ListingStatus status, String proposedByCity, String proposedByCityName,
                      Instant proposedAt,
                      Instant reviewedAt, String reviewNote, Instant removedAt, String removalNote) {

    /** What anyone checking an agency is told: no phone at all, so a check by credit code gives no mask to guess. */
    record Public(int number, String name, String creditCode, String grounds, Instant listedAt) {
    }

    Public forPublic() {
        return new Public(number, name, creditCode, grounds, reviewedAt);
    }
}
