package org.lingong.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The attack of issue 13 item 7 on configuration: a deployment that forgot a secret starts with the development
 * default everyone can read in the repository. A service started in any profile but {@code dev} refuses the
 * development client secrets and personal-data key; only an explicit {@code dev} profile accepts them.
 */
class DevDefaultsGuardTests {

    private static final String SECRET = "--spring.security.oauth2.client.registration.lingong-services.client-secret=";
    private static final String INDEX_KEY = "--lingong.pii.index-key=";
    private static final String DEV_INDEX_KEY = "ZGV2LW9ubHktcGlpLWluZGV4LWtleS1ub3QtcHJvZCE=";

    @Configuration(proxyBeanMethods = false)
    static class AnyService {
    }

    @Test
    void withoutAProfileADevelopmentSecretStopsTheStart() {
        assertThatThrownBy(() -> start("--spring.profiles.active=", SECRET + "lingong-tenant-core-dev-secret"))
                .hasMessageContaining("client-secret").hasMessageContaining("dev profile");
    }

    @Test
    void anyProfileButDevRefusesTheDevelopmentDefaults() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", SECRET + "lingong-gateway-dev-secret"))
                .hasMessageContaining("client-secret");
        assertThatThrownBy(() -> start("--spring.profiles.active=staging", INDEX_KEY + DEV_INDEX_KEY))
                .hasMessageContaining("lingong.pii.index-key");
    }

    @Test
    void theDevelopmentSmsSenderIsRefusedOutsideTheDevProfile() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--lingong.sms.provider=dev"))
                .hasMessageContaining("lingong.sms.provider");
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=dev",
                "--lingong.sms.provider=dev")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theDevProfileAcceptsTheDevelopmentDefaults() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=dev",
                SECRET + "lingong-search-dev-secret", INDEX_KEY + DEV_INDEX_KEY)) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void realSecretsStartInAnyProfile() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=",
                SECRET + "f3Jq9x-a-real-secret", INDEX_KEY + "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(AnyService.class).web(WebApplicationType.NONE).run(arguments);
    }
}
