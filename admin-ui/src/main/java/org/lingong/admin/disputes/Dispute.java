package org.lingong.admin.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case as the API answers it (sessions and evidence are not shown on the desk). */
record Dispute(UUID id, long number, String source, Long complaintNumber, UUID orderId, String workerName,
               String employerName, long claimFen, String claim, Mediator mediator, String status, boolean overdue,
               Instant openedAt, Instant mediationDueAt, Agreement agreement, Failure failure,
               Arbitration arbitration) {

    record Mediator(UUID id, String name, String organisation, boolean active) {
    }

    record Agreement(String terms, long amountFen, LocalDate payBy, Instant agreedAt, Instant signedAt) {
    }

    record Failure(String reason, Instant failedAt) {
    }

    record Arbitration(String commission, String caseNumber, LocalDate filedOn, String result, Long awardFen,
                       String note, Instant closedAt) {
    }

    /** The period's figures; rates null when nothing counted. */
    record Kpis(Double mediationSuccessRate, int mediationTargetPercent, Double arbitrationClosureRate,
                int arbitrationTargetPercent, Double mediationAverageDays, long mediatingNow, long overdueNow) {
    }
}
