package org.lingong.core.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A worker profile as any response shows it, the worker's own included: name, ID number and phone masked. Only an
 * audited reveal opens them.
 */
record WorkerDetails(UUID id, String realName, String idNumber, String phone, List<String> skills,
                  List<String> categories, List<String> priorityGroups, String homeRegionCode,
                  VerificationStatus status, Instant updatedAt) {

    static WorkerDetails of(Worker worker) {
        return new WorkerDetails(worker.getId(), worker.getRealNameMasked(), worker.getIdNumberMasked(), worker.getPhoneMasked(),
                worker.getSkills(), worker.getCategories(), worker.getPriorityGroups(), worker.getHomeRegionCode(),
                worker.getStatus(), worker.getUpdatedAt());
    }
}
