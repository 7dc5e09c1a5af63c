package org.lingong.core.contracts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the city's contract template; rows are never changed, a new text is a new version. */
@Entity
@Table(name = "contract_template")
class ContractTemplate {

    @Id
    private int version;
    private String title;
    private String body;
    private Instant createdAt;
    private String createdBy;

    protected ContractTemplate() {
    }

    ContractTemplate(int version, String title, String body, String createdBy) {
        this.version = version;
        this.title = title;
        this.body = body;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    int getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    TemplateDetails details() {
        return new TemplateDetails(version, title, body, createdAt, createdBy);
    }

    record TemplateDetails(int version, String title, String body, Instant createdAt, String createdBy) {
    }
}
