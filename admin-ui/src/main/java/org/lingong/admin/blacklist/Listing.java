package org.lingong.admin.blacklist;

import java.time.Instant;
import java.util.UUID;

/** An entry of the province's blacklist as the API answers it; the phone comes masked, never in clear. */
record Listing(UUID id, int number, String provinceCode, String name, String creditCode, String phoneMasked,
               String grounds, String status, String proposedByCity, String proposedByCityName,
               Instant proposedAt, Instant reviewedAt,
               String reviewNote, Instant removedAt, String removalNote) {

    /** What is typed to propose or add an entry. */
    record Entry(String name, String creditCode, String phone, String grounds) {
    }
}
