package org.lingong.core.people;

import org.lingong.core.problem.ApiException;
import org.springframework.http.HttpStatus;

/** The reason an administrator gives for reading clear personal data; it goes into the audit trail. */
final class Reasons {

    private static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String require(String reason) {
        String stripped = reason.strip();
        if (stripped.length() < 2 || stripped.length() > MAX_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "identity-reason-required");
        }
        return stripped;
    }
}
