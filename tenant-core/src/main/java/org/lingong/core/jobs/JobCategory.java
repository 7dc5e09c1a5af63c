package org.lingong.core.jobs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of work; the seeds' categories are built in, and each city may add its own. */
@Entity
@Table(name = "job_category")
class JobCategory {

    @Id
    private String code;
    private String nameZh;
    private String nameEn;
    private boolean builtin;
    private boolean active;

    protected JobCategory() {
    }

    JobCategory(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.active = true;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }

    JobCategories.CategoryDetails details() {
        return new JobCategories.CategoryDetails(code, nameZh, nameEn, builtin, active);
    }
}
