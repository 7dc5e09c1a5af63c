package org.lingong.admin.worker;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The signed-in worker's profile in one city as {@code /api/v1/workers/me} answers it: name, ID number and phone come
 * masked ({@code 张**}), so the form never holds them; {@code statusReason} is what the worker may know of why it is
 * rejected (none while pending), {@code statusNote} what desk staff wrote when refusing.
 */
record MyProfile(String realName, String idNumber, String phone, List<String> skills, List<String> categories,
                 List<String> priorityGroups, String homeRegionCode, Status status, Reason statusReason,
                 String statusNote, Method verificationMethod, Instant verifiedAt) implements Serializable {

    enum Status { UNVERIFIED, PENDING, VERIFIED, REJECTED, ERASED }

    enum Reason { CHECK_UNAVAILABLE, NUMBER_CLAIMED, NUMBER_PROVEN_BY_ANOTHER, NAME_NUMBER_MISMATCH, REFUSED_AT_DESK }

    enum Method { AUTHORITATIVE, IN_PERSON }

    /** A worker who has saved nothing in the city yet. */
    static final MyProfile NONE = new MyProfile(null, null, null, List.of(), List.of(), List.of(), null,
            Status.UNVERIFIED, null, null, null, null);

    MyProfile {
        skills = skills == null ? List.of() : List.copyOf(skills);
        categories = categories == null ? List.of() : List.copyOf(categories);
        priorityGroups = priorityGroups == null ? List.of() : List.copyOf(priorityGroups);
    }

    boolean saved() {
        return realName != null;
    }

    /**
     * What the page tells the worker to do next, as a bundle key ({@code worker.profile.next.…}): by status, then by
     * how it was verified or why it was rejected.
     */
    String nextStep() {
        String key = "worker.profile.next.";
        return switch (status) {
            case UNVERIFIED -> key + (saved() ? "UNVERIFIED" : "NEW");
            case VERIFIED -> key + "VERIFIED."
                    + (verificationMethod == null ? Method.AUTHORITATIVE : verificationMethod);
            case REJECTED -> key + "REJECTED" + (statusReason == Reason.NAME_NUMBER_MISMATCH
                    || statusReason == Reason.REFUSED_AT_DESK ? "." + statusReason : "");
            case PENDING, ERASED -> key + status;
        };
    }

    /**
     * What {@code PUT /api/v1/workers/me} takes. No ID number keeps the one given before; the home region is sent back
     * as it was, as the page does not edit it.
     */
    record Changes(String realName, String idNumber, String phone, List<String> skills, List<String> categories,
                   List<String> priorityGroups, String homeRegionCode) implements Serializable {

        /** Skills as people type them: separated by spaces, commas (either width), 、 or semicolons. */
        static List<String> skills(String typed) {
            return Arrays.stream(typed.strip().split("[\\s,，、;；]+")).filter(skill -> !skill.isEmpty()).distinct()
                    .toList();
        }

        /** Never the clear name, number or phone, should a request ever be logged. */
        @Override
        public String toString() {
            return "Changes[idNumber=" + (idNumber == null ? "kept" : "***") + ", skills=" + skills + ", categories="
                    + categories + ", priorityGroups=" + priorityGroups + ", homeRegionCode=" + homeRegionCode + "]";
        }
    }
}
