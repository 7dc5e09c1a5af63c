package org.lingong.core.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Progress of one tenant's onboarding run. */
@Entity
@Table(name = "onboarding", schema = "platform")
class Onboarding {

    enum Status { RUNNING, SUCCEEDED, FAILED }

    @Id
    private String tenantCode;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private OnboardingStep step;
    private int percent;
    private String error;
    private Instant startedAt;
    private Instant finishedAt;

    protected Onboarding() {
    }

    Onboarding(String tenantCode) {
        this.tenantCode = tenantCode;
        this.status = Status.RUNNING;
        this.step = OnboardingStep.REGISTER;
        this.startedAt = Instant.now();
    }

    void completed(OnboardingStep done) {
        step = done.next();
        percent = step.percent();
        if (step == OnboardingStep.DONE) {
            status = Status.SUCCEEDED;
            finishedAt = Instant.now();
        }
    }

    void failed(String reason) {
        status = Status.FAILED;
        error = reason;
        finishedAt = Instant.now();
    }

    /** Goes through every step after registration again; the steps are idempotent. */
    void reconcile() {
        restart();
        step = OnboardingStep.REGISTER.next();
        percent = step.percent();
    }

    void restart() {
        status = Status.RUNNING;
        error = null;
        finishedAt = null;
    }

    String tenantCode() {
        return tenantCode;
    }

    Status status() {
        return status;
    }

    OnboardingStep step() {
        return step;
    }

    int percent() {
        return percent;
    }

    String error() {
        return error;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
