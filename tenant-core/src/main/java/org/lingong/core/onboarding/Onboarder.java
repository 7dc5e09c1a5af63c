package org.lingong.core.onboarding;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.identity.KeycloakUsers;
import org.lingong.core.registry.NationalDivisions;
import org.lingong.core.registry.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClientException;

/**
 * Runs onboardings in the background, one step after the other, recording progress after each step so that a run
 * interrupted by a crash or a failing dependency resumes at the step it stopped at when the same request is sent
 * again. Until the last step a new tenant is ONBOARDING, which the gateway never routes: no half-tenant is visible.
 */
@Service
class Onboarder {

    private static final Logger log = LoggerFactory.getLogger(Onboarder.class);

    private final OnboardingRepository onboardings;
    private final Registrations registrations;
    private final NationalDivisions divisions;
    private final OnboardingSteps steps;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();
    /** Codes whose run is in progress in this instance, so a repeated request doesn't start a second run. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    Onboarder(OnboardingRepository onboardings, Registrations registrations, NationalDivisions divisions,
              OnboardingSteps steps, TransactionTemplate transactions, JdbcClient jdbc) {
        this.onboardings = onboardings;
        this.registrations = registrations;
        this.divisions = divisions;
        this.steps = steps;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * Starts the onboarding of this city, resumes it after a failure, or — when it finished before — runs its
     * idempotent steps again, which repairs drift (a lost search alias, a deleted first admin) and changes nothing
     * else: the city stays active throughout. A run in progress is just reported.
     */
    OnboardingProgress start(OnboardingRequest request) {
        if (!divisions.isProvince(request.provinceCode()) || !request.divisionCode().startsWith(request.provinceCode())) {
            throw new ProblemException(ProblemType.UNKNOWN_PROVINCE);
        }
        refuseAnotherRegistration(request);
        claimFirstAdmin(request);
        Onboarding onboarding = transactions.execute(tx -> {
            refuseAnotherRegistration(request);
            steps.run(OnboardingStep.REGISTER, request);
            Onboarding current = onboardings.findById(request.code()).orElseGet(() -> {
                Onboarding fresh = new Onboarding(request.code());
                fresh.completed(OnboardingStep.REGISTER);
                return fresh;
            });
            if (current.status() == Onboarding.Status.FAILED) {
                current.restart();
            } else if (current.status() == Onboarding.Status.SUCCEEDED && !running.contains(request.code())) {
                current.reconcile();
            }
            return onboardings.save(current);
        });
        if (onboarding.status() == Onboarding.Status.RUNNING && running.add(request.code())) {
            runner.submit(() -> runSteps(request));
        }
        return progress(request.code());
    }

    private void refuseAnotherRegistration(OnboardingRequest request) {
        registrations.find(request.code()).ifPresent(existing -> {
            if (!request.sameRegistration(existing)) {
                throw new ProblemException(ProblemType.TENANT_EXISTS);
            }
        });
    }

    /**
     * Opens the first administrator's account — or finds it among this city's — before anything else, so a user name
     * that belongs to an account outside the city (another city's administrator, a worker, the platform's) is refused
     * at once and that account stays as it was. Keycloak out of reach is left to the identity step, which fails the
     * run with the reason; sending the request again resumes it.
     */
    private void claimFirstAdmin(OnboardingRequest request) {
        try {
            steps.run(OnboardingStep.IDENTITY, request);
        } catch (KeycloakUsers.UserExists taken) {
            throw "email".equals(taken.field())
                    ? new ProblemException(ProblemType.ADMIN_EMAIL_TAKEN).withFieldError("admin.email")
                    : new ProblemException(ProblemType.ADMIN_USERNAME_TAKEN, request.admin().username())
                            .withFieldError("admin.username");
        } catch (KeycloakUsers.PasswordRefused refused) {
            throw new ProblemException(ProblemType.PASSWORD_POLICY).withFieldError("admin.password");
        } catch (RestClientException unreachable) {
            log.warn("first administrator of {} not opened now ({}); the identity step tries again", request.code(),
                    unreachable.getMessage());
        }
    }

    private void runSteps(OnboardingRequest request) {
        String code = request.code();
        try {
            OnboardingStep step = current(code).step();
            while (step != OnboardingStep.DONE) {
                note(code, "开始 " + step + " / starting " + step);
                steps.run(step, request);
                OnboardingStep done = step;
                // The log line commits with the progress, so a finished run always shows its last step.
                step = transactions.execute(tx -> {
                    Onboarding onboarding = onboardings.findById(code).orElseThrow();
                    onboarding.completed(done);
                    note(code, "完成 " + done + " / finished " + done);
                    return onboarding.step();
                });
            }
        } catch (RuntimeException e) {
            log.warn("onboarding of {} failed", code, e);
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            transactions.executeWithoutResult(tx -> onboardings.findById(code).ifPresent(o -> o.failed(reason)));
            note(code, "失败 / failed: " + reason);
        } finally {
            running.remove(code);
        }
    }

    private Onboarding current(String code) {
        return onboardings.findById(code).orElseThrow(() -> new ProblemException(ProblemType.ONBOARDING_NOT_FOUND));
    }

    private void note(String code, String message) {
        if (registrations.find(code).isPresent()) {
            jdbc.sql("insert into platform.onboarding_log (tenant_code, message) values (?, ?)")
                    .params(code, message).update();
        }
    }

    OnboardingProgress progress(String code) {
        Onboarding onboarding = current(code);
        List<OnboardingProgress.LogLine> lines = jdbc.sql(
                        "select at, message from platform.onboarding_log where tenant_code = ? order by id")
                .param(code).query(OnboardingProgress.LogLine.class).list();
        return new OnboardingProgress(code, onboarding.status().name(), onboarding.step().name(), onboarding.percent(),
                onboarding.error(), onboarding.startedAt(), onboarding.finishedAt(), lines);
    }

    /**
     * Runs interrupted by a restart cannot continue on their own: the first administrator's password is never stored.
     * They are marked failed so the operator sees them and sends the request again, which resumes the run.
     */
    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRuns() {
        for (Onboarding interrupted : onboardings.findByStatus(Onboarding.Status.RUNNING)) {
            transactions.executeWithoutResult(tx -> onboardings.findById(interrupted.tenantCode())
                    .ifPresent(o -> o.failed("interrupted by a restart; send the request again to resume")));
        }
    }
}
