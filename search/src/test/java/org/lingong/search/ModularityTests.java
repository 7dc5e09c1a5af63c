package org.lingong.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Each package of search is a module: the build fails when modules use each other in a cycle or when one uses
 * another's internals (anything but the public types at its package top). The planted fixture
 * ({@code org.lingong.modulecheck.search}, two modules using each other, one through the other's internals) proves the
 * check refuses both.
 */
class ModularityTests {

    private static final ImportOption EVERY_CLASS = location -> true;

    @Test
    void packagesFormNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(SearchApplication.class).verify();
    }

    @Test
    void aPlantedCycleAndAReachIntoInternalsFailTheCheck() {
        assertThatThrownBy(() -> ApplicationModules.of("org.lingong.modulecheck.search", EVERY_CLASS).verify())
                .isInstanceOf(Violations.class).hasMessageContaining("Cycle detected")
                .hasMessageContaining("non-exposed type").hasMessageContaining("query.internal.Scorer");
    }
}
