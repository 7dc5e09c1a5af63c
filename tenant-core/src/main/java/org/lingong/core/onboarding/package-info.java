/**
 * Opening and closing a city: owns {@code platform.onboarding} and its log, and runs the idempotent steps — register
 * (through the registry's {@link org.lingong.core.registry.Registrations}), schema, first administrator, search alias,
 * branding, activate — and offboarding's export and removal. Exposes only its platform REST API.
 */
package org.lingong.core.onboarding;
