package org.lingong.core.jobs;

/**
 * Which side posted a job: the employer itself, or staff — for a department, agency or feed, or on behalf of an
 * employer who phoned or walked in (代发布). Which staff member posted is in the audit trail, never in a job's details.
 */
public enum Poster { EMPLOYER, STAFF }
