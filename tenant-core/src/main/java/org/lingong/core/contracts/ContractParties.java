package org.lingong.core.contracts;

import java.util.UUID;

/**
 * The two sides of a contract: their profiles and the accounts that sign for them. The employer's are null for a job
 * that staff posted for a department or agency; city staff then sign for the employer side.
 */
record ContractParties(UUID workerId, String workerAccountId, UUID employerId, String employerAccountId) {
}
