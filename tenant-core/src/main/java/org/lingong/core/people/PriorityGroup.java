package org.lingong.core.people;

/** Groups given priority in employment help (SPEC F11); labels are {@code people.priorityGroup.<code>} in the bundles. */
public enum PriorityGroup {
    /** 就业困难人员 */
    DIFFICULTY,
    /** 退役军人 */
    VETERAN,
    /** 残疾人 */
    DISABLED,
    /** 大龄劳动者 */
    OLDER,
    /** 低收入人口 */
    LOW_INCOME,
    /** 农民工 */
    MIGRANT,
    /** 新就业形态劳动者 */
    NEW_FORM
}
