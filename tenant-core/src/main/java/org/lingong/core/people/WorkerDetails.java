package org.lingong.core.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A worker profile as any response shows it, the worker's own included: name, ID number and phone masked. Only an
 * audited reveal opens them. {@code statusReason} says why a profile is pending or rejected, {@code statusNote} is what
 * staff wrote when refusing, {@code verificationMethod} and {@code verifiedAt} how and when it was verified.
 */
public record WorkerDetails(UUID id, String realName, String idNumber, String phone, List<String> skills,
                  List<String> categories, List<String> priorityGroups, String homeRegionCode,
                  VerificationStatus status, VerificationReason statusReason, String statusNote,
                  VerificationMethod verificationMethod, Instant verifiedAt, Instant updatedAt) {

    /** As staff see it: why a profile waits, too. */
    static WorkerDetails of(Worker worker) {
        return of(worker, worker.getStatusReason());
    }

    /**
     * As the worker sees it: a pending profile says only that it waits for a desk — whether the authority was down
     * or another profile holds the number must not be learnt by trying numbers.
     */
    static WorkerDetails own(Worker worker) {
        return of(worker, worker.getStatus() == VerificationStatus.PENDING ? null : worker.getStatusReason());
    }

    private static WorkerDetails of(Worker worker, VerificationReason reason) {
        return new WorkerDetails(worker.getId(), worker.getRealNameMasked(), worker.getIdNumberMasked(),
                worker.getPhoneMasked(), worker.getSkills(), worker.getCategories(), worker.getPriorityGroups(),
                worker.getHomeRegionCode(), worker.getStatus(), reason, worker.getStatusNote(),
                worker.getVerificationMethod(), worker.getVerifiedAt(), worker.getUpdatedAt());
    }
}
