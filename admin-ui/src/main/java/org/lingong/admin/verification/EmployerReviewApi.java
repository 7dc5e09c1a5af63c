package org.lingong.admin.verification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.ApiPage;
import org.lingong.admin.api.PlatformApi;

/**
 * The employer review endpoints of one city as the console calls them, as the signed-in staff member: the queue of
 * employers waiting (masked), the licence image of one (each fetch audited by tenant-core), and a decision.
 */
final class EmployerReviewApi implements Serializable {

    /** An employer waiting for review; credit code, legal representative, contact and phone come masked. */
    record PendingEmployer(UUID id, String legalName, String creditCode, String legalRepresentative,
                           String contactName, String contactPhone, String address, Instant submittedAt)
            implements Serializable {
    }

    record Queue(List<PendingEmployer> items, long total) implements ApiPage<PendingEmployer> {
    }

    enum Decision { APPROVE, REJECT, ASK_MORE }

    /** The note is the employer's to read; an approval needs none. */
    record Verification(Decision decision, String note) {
    }

    private final transient PlatformApi api;
    private final String tenant;

    EmployerReviewApi(PlatformApi api, String tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    Queue pending(int page, int size) {
        return api.get(Queue.class, "/t/{tenant}/api/v1/employers?status=PENDING&page={page}&size={size}", tenant,
                page, size);
    }

    /** The image through the console with the staff member's token: the browser never gets an address of its own. */
    PlatformApi.File licence(UUID employer) {
        return api.getFile("/t/{tenant}/api/v1/employers/{id}/licence", tenant, employer);
    }

    /** The API requires the note to reject or ask for more, and answers a field error at {@code note} without one. */
    void decide(UUID employer, Decision decision, String note) {
        api.post(Void.class, new Verification(decision, note), "/t/{tenant}/api/v1/employers/{id}/verification",
                tenant, employer);
    }
}
