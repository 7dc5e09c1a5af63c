package org.lingong.admin.verification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.ApiPage;
import org.lingong.admin.api.PlatformApi;

/**
 * The verification endpoints of one city as the desk calls them, as the signed-in staff member: the queue of pending
 * workers and a decision on one. Masked data only: the desk decides by the card in front of it, so it never asks for
 * the clear identity (that read is the city admin's, audited with a reason).
 */
final class VerificationApi implements Serializable {

    /** A worker waiting for a desk; name, ID number and phone come masked from the API. */
    record PendingWorker(UUID id, String realName, String idNumber, String phone, List<String> skills,
                         String statusReason, Instant updatedAt) implements Serializable {

        public PendingWorker {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    record Queue(List<PendingWorker> items, long total) implements ApiPage<PendingWorker> {
    }

    enum Decision { VERIFY, REJECT }

    /** The note is the worker's to read when refused; a verification sends none. */
    record Verification(Decision decision, String note) {
    }

    private final transient PlatformApi api;
    private final String tenant;

    VerificationApi(PlatformApi api, String tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    Queue pending(int page, int size) {
        return api.get(Queue.class, "/t/{tenant}/api/v1/workers?status=PENDING&page={page}&size={size}", tenant, page,
                size);
    }

    /** Staff saw the person with the card. */
    void verify(UUID worker) {
        decide(worker, new Verification(Decision.VERIFY, null));
    }

    /** The API requires the note and answers a field error at {@code note} without one. */
    void reject(UUID worker, String note) {
        decide(worker, new Verification(Decision.REJECT, note));
    }

    private void decide(UUID worker, Verification verification) {
        api.post(Void.class, verification, "/t/{tenant}/api/v1/workers/{id}/verification", tenant, worker);
    }
}
