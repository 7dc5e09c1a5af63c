package org.lingong.admin.employer;

import java.io.Serializable;
import java.time.Instant;

/**
 * The signed-in employer's profile in one city as {@code /api/v1/employers/me} answers it: credit code, legal
 * representative, contact and phone come masked, so the form never holds them; {@code statusNote} is what the
 * reviewing staff wrote when they rejected it or asked for more.
 */
record MyCompany(String legalName, String creditCode, String legalRepresentative, String contactName,
                 String contactPhone, String address, Status status, Reason statusReason, String statusNote,
                 Instant submittedAt, Instant verifiedAt, Licence licence) implements Serializable {

    enum Status { UNVERIFIED, PENDING, VERIFIED, REJECTED }

    enum Reason { REFUSED_AT_DESK, MORE_REQUESTED }

    /** What the page shows of the uploaded licence: never the image, only when and how big. */
    record Licence(String contentType, int size, Instant uploadedAt) implements Serializable {
    }

    /** An employer that has saved nothing in the city yet. */
    static final MyCompany NONE = new MyCompany(null, null, null, null, null, null, Status.UNVERIFIED, null, null,
            null, null, null);

    boolean saved() {
        return legalName != null;
    }

    /** What to do next, as a bundle key ({@code employer.me.next.…}). */
    String nextStep() {
        String key = "employer.me.next.";
        return switch (status) {
            case UNVERIFIED -> key + (!saved() ? "NEW" : statusReason == Reason.MORE_REQUESTED ? "MORE_REQUESTED"
                    : licence == null ? "LICENCE" : "UNVERIFIED");
            case PENDING, VERIFIED, REJECTED -> key + status;
        };
    }

    /** What {@code PUT /api/v1/employers/me} takes. */
    record Changes(String legalName, String creditCode, String legalRepresentative, String contactName,
                   String contactPhone, String address) implements Serializable {

        /** Never the clear representative, contact or phone, should a request ever be logged. */
        @Override
        public String toString() {
            return "Changes[legalName=" + legalName + "]";
        }
    }
}
