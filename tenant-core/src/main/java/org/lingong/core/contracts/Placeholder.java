package org.lingong.core.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The values a contract template may name as {@code {{key}}}; each is filled from the order when a contract is made. */
enum Placeholder {
    CONTRACT_NUMBER("contractNumber"),
    ORDER_NUMBER("orderNumber"),
    EMPLOYER_NAME("employerName"),
    EMPLOYER_CREDIT_CODE("employerCreditCode"),
    WORKER_NAME("workerName"),
    WORKER_ID_NUMBER("workerIdNumber"),
    JOB_TITLE("jobTitle"),
    WORK_PLACE("workPlace"),
    START_TIME("startTime"),
    END_TIME("endTime"),
    WAGE("wage"),
    INSURANCE("insurance");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Optional<Placeholder> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
