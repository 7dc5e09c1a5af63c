package org.lingong.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start a service with a development default — a secret anyone can read in the repository — unless the
 * {@code dev} profile is active. Production is every start without that profile, so a deployment that forgets to set
 * a secret stops at once instead of running with the known one. {@code ./lingong run}, the tests and the end-to-end
 * platform set {@code dev} explicitly. Registered for every service in {@code META-INF/spring.factories}; it runs
 * after the configuration files are read, so it sees what the service would use.
 */
public final class DevDefaultsGuard implements EnvironmentPostProcessor, Ordered {

    /** The profile that accepts the development defaults, and nothing else does. */
    public static final String DEV_PROFILE = "dev";

    /** The setting, and the development values it must not hold outside the dev profile. */
    static final Map<String, List<String>> DEV_VALUES = Map.of(
            "spring.security.oauth2.client.registration.lingong-services.client-secret",
            List.of("lingong-gateway-dev-secret", "lingong-search-dev-secret", "lingong-tenant-core-dev-secret"),
            // "dev-only-pii-index-key-not-prod!", base64; a key ring holding a development key refuses it itself (KeyRing)
            "lingong.pii.index-key", List.of("ZGV2LW9ubHktcGlpLWluZGV4LWtleS1ub3QtcHJvZCE="),
            // the development real-name check matches every well-formed number
            "lingong.real-name.provider", List.of("dev"),
            // the development SMS sender delivers nothing: codes only reach the dev mailbox page
            "lingong.sms.provider", List.of("dev"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEV_PROFILE))) {
            return;
        }
        List<String> offending = new ArrayList<>();
        DEV_VALUES.forEach((setting, devValues) -> {
            String value = environment.getProperty(setting);
            if (value != null && devValues.contains(value.strip())) {
                offending.add(setting);
            }
        });
        if (!offending.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join(", ", offending.stream().sorted()
                    .toList()) + " still hold the development defaults, which are public. Set real secrets (see "
                    + "docs/operations.md), or start with the dev profile (SPRING_PROFILES_ACTIVE=dev) on a "
                    + "developer's machine.");
        }
    }

    /** After the configuration files and profiles are loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
