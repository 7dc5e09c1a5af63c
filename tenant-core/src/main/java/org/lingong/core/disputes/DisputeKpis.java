package org.lingong.core.disputes;

import java.time.LocalDate;

/**
 * The city's dispute figures for a period of China dates [from, to] (docs/supervision.md defines each). Rates are null
 * when nothing counted: no mediation ended, no case filed.
 */
record DisputeKpis(LocalDate from, LocalDate to, long mediationsEnded, long mediationsAgreed,
                   Double mediationSuccessRate, Double mediationAverageDays, int mediationTargetPercent,
                   long arbitrationsFiled, long arbitrationsClosed, Double arbitrationClosureRate,
                   Double arbitrationAverageDays, int arbitrationTargetPercent, long mediatingNow,
                   long overdueNow) {
}
