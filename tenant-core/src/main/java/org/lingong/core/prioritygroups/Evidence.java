package org.lingong.core.prioritygroups;

/** The document staff saw to certify a group; labels are {@code prioritygroups.evidence.<code>} in the bundles. */
public enum Evidence {
    /** 就业失业登记证 (就业困难人员认定). */
    UNEMPLOYMENT_REGISTRATION,
    /** 残疾人证. */
    DISABILITY_CERTIFICATE,
    /** 退役军人优待证 or discharge papers. */
    VETERAN_CERTIFICATE,
    /** 低保证 / 低收入人口认定. */
    LOW_INCOME_CERTIFICATE,
    /** 居民身份证 (age) or 户口簿 (rural household). */
    IDENTITY_DOCUMENT,
    /** A platform's or employer's proof of new-form work. */
    WORK_RECORD,
    OTHER
}
