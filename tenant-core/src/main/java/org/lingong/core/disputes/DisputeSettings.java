package org.lingong.core.disputes;

/** The city's mediation period in calendar days and its two targets in percent. */
record DisputeSettings(int mediationDays, int mediationTargetPercent, int arbitrationTargetPercent) {
}
