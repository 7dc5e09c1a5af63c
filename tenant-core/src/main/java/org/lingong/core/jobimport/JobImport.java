package org.lingong.core.jobimport;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** One bulk import: how far it got, and the rows it rejected with their reasons (JSON). */
@Entity
@Table(name = "job_import")
class JobImport {

    enum Status { RUNNING, DONE }

    @Id
    private UUID id;
    private String fileName;
    @Enumerated(EnumType.STRING)
    private ImportFormat format;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int total;
    private int processed;
    private int accepted;
    private String rejected;
    private String createdBy;
    private Instant createdAt;
    private Instant finishedAt;

    protected JobImport() {
    }

    JobImport(String fileName, ImportFormat format, int total, String createdBy) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.format = format;
        this.status = total == 0 ? Status.DONE : Status.RUNNING;
        this.total = total;
        this.rejected = "[]";
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.finishedAt = total == 0 ? createdAt : null;
    }

    void progress(int processed, int accepted, String rejected) {
        this.processed = processed;
        this.accepted = accepted;
        this.rejected = rejected;
        if (processed == total) {
            status = Status.DONE;
            finishedAt = Instant.now();
        }
    }

    UUID id() {
        return id;
    }

    ImportProgress progress(JsonMapper json) {
        return new ImportProgress(id, fileName, format, status, total, processed, accepted, json.readTree(rejected),
                createdAt, finishedAt);
    }
}
