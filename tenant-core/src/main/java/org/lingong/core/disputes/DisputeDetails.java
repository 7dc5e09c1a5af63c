package org.lingong.core.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lingong.core.contracts.ContractEvidence;
import org.lingong.core.orders.OrderLifecycle;
import org.lingong.core.settlement.PaymentEvidence;

/**
 * A case as staff see it. The worker shows masked; the employer by its legal name (or, for a job posted for a source,
 * that source). {@code overdue}: still in mediation past its period. {@code evidence} is attached to one case read,
 * not to lists.
 */
record DisputeDetails(UUID id, long number, DisputeSource source, Long complaintNumber, UUID orderId, UUID workerId,
                      String workerName, UUID employerId, String employerName, long claimFen, String claim,
                      Mediator mediator, DisputeStatus status, boolean overdue, Instant openedAt,
                      Instant mediationDueAt, Agreement agreement, Failure failure, Arbitration arbitration,
                      List<Session> sessions, Evidence evidence) {

    record Mediator(UUID id, String name, String organisation, boolean active) {
    }

    record Session(UUID id, Instant heldAt, String place, String notes) {
    }

    record Agreement(String terms, long amountFen, LocalDate payBy, Instant agreedAt, Instant signedAt) {
    }

    record Failure(String reason, Instant failedAt) {
    }

    record Arbitration(String commission, String caseNumber, LocalDate filedOn, Instant filedAt,
                       ArbitrationResult result, Long awardFen, String note, Instant closedAt) {
    }

    /**
     * What the order itself says: the job, its times and wage, its steps (grabbed, confirmed, checked in …), the
     * contract and its proof, the money.
     */
    record Evidence(String jobTitle, String jobAddress, Long wageFen, String wageUnit, Instant startsAt, Instant endsAt,
                    String orderStatus, List<OrderLifecycle.Step> steps, ContractEvidence.Evidence contract,
                    List<PaymentEvidence.Paid> payments, List<PaymentEvidence.Arrears> arrears) {
    }

    DisputeDetails withEvidence(Evidence attached) {
        return new DisputeDetails(id, number, source, complaintNumber, orderId, workerId, workerName, employerId,
                employerName, claimFen, claim, mediator, status, overdue, openedAt, mediationDueAt, agreement, failure,
                arbitration, sessions, attached);
    }
}
