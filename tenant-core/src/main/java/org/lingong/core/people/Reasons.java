package org.lingong.core.people;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/** The reason an administrator gives for reading clear personal data; it goes into the audit trail. */
final class Reasons {

    private static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String require(String reason) {
        String stripped = reason.strip();
        if (stripped.length() < 2 || stripped.length() > MAX_LENGTH) {
            throw new ProblemException(ProblemType.IDENTITY_REASON_REQUIRED);
        }
        return stripped;
    }
}
