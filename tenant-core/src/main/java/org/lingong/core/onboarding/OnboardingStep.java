package org.lingong.core.onboarding;

/** The steps of onboarding a tenant, in order; each can be repeated safely, so a run resumes where it stopped. */
enum OnboardingStep {
    REGISTER,
    SCHEMA,
    IDENTITY,
    SEARCH_ALIAS,
    BRANDING,
    ACTIVATE,
    DONE;

    int percent() {
        return ordinal() * 100 / DONE.ordinal();
    }

    OnboardingStep next() {
        return values()[Math.min(ordinal() + 1, DONE.ordinal())];
    }
}
