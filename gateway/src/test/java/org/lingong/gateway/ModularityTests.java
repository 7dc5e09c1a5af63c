package org.lingong.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Each package of the gateway is a module: the build fails when modules use each other in a cycle or when one uses
 * another's internals (anything but the public types at its package top). The planted fixture
 * ({@code org.lingong.modulecheck.gateway}, two modules using each other) proves the check refuses a cycle.
 */
class ModularityTests {

    private static final ImportOption EVERY_CLASS = location -> true;

    @Test
    void packagesFormNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(GatewayApplication.class).verify();
    }

    @Test
    void aPlantedCycleFailsTheCheck() {
        assertThatThrownBy(() -> ApplicationModules.of("org.lingong.modulecheck.gateway", EVERY_CLASS).verify())
                .isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
    }
}
