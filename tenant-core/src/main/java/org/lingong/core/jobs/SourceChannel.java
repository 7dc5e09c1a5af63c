package org.lingong.core.jobs;

/**
 * Where a job came from (S 二(三)): a government department, a third-party agency or industry association, the
 * employer itself, or an external platform's feed. Third-party collection is a KPI (Suqian: more than half).
 */
public enum SourceChannel {
    GOVERNMENT, THIRD_PARTY, EMPLOYER, EXTERNAL_FEED;

    /** Every channel but the employer's own names its source: the department, agency or feed. */
    boolean needsSourceName() {
        return this != EMPLOYER;
    }
}
