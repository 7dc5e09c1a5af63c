package org.lingong.core.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A worker profile as any response shows it: ID number and phone always masked. */
record WorkerDetails(UUID id, String realName, String idNumber, String phone, List<String> skills,
                  List<String> categories, List<String> priorityGroups, String homeRegionCode,
                  VerificationStatus status, Instant updatedAt) {

    /** The worker's own view: the name in full. */
    static WorkerDetails own(Worker worker) {
        return of(worker, worker.getRealName());
    }

    /** Staff lists: the name masked too. */
    static WorkerDetails listed(Worker worker) {
        return of(worker, Masking.name(worker.getRealName()));
    }

    private static WorkerDetails of(Worker worker, String name) {
        return new WorkerDetails(worker.getId(), name, worker.getIdNumberMasked(), worker.getPhoneMasked(),
                worker.getSkills(), worker.getCategories(), worker.getPriorityGroups(), worker.getHomeRegionCode(),
                worker.getStatus(), worker.getUpdatedAt());
    }
}
