package org.lingong.core.onboarding;

import java.time.Instant;
import java.util.List;

/** What an operator watches while a city is being opened: step, percent, log. */
record OnboardingProgress(String tenant, String status, String step, int percent, String error, Instant startedAt,
                          Instant finishedAt, List<LogLine> log) {

    record LogLine(Instant at, String message) {
    }
}
