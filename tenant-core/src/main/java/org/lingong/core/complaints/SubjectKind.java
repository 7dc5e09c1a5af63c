package org.lingong.core.complaints;

/** Whom a complaint is about: a job or employer on the city's platform, or an agency that may be nowhere on it. */
enum SubjectKind {
    JOB, EMPLOYER, AGENCY
}
