package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of tenant-core is a feature module: the build fails when modules use each other in a cycle or
 * when one uses another's internals (anything but the public types at its package top or a named interface). The
 * planted fixtures prove the check refuses both. {@code docs/modules/components.puml} is the diagram of the modules
 * as they are; run with {@code -Dmodules.update=true} to redraw it after a change (and review the diff).
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TenantCoreApplication.class);
    private static final Path DIAGRAM = Path.of("../docs/modules/components.puml");
    private static final ImportOption EVERY_CLASS = location -> true;

    @Test
    void featuresFormNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void aCycleBetweenTwoModulesFailsTheCheck() {
        assertThatThrownBy(() -> ApplicationModules.of("org.lingong.modulecheck.cycle", EVERY_CLASS).verify())
                .isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void aReachIntoAnotherModulesInternalsFailsTheCheck() {
        assertThatThrownBy(() -> ApplicationModules.of("org.lingong.modulecheck.reach", EVERY_CLASS).verify())
                .isInstanceOf(Violations.class).hasMessageContaining("non-exposed type")
                .hasMessageContaining("reach.second.internal.Hidden");
    }

    @Test
    void theModuleDiagramInDocsIsCurrent() throws IOException {
        Path drawn = Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        String diagram = sortedArrows(Files.readString(drawn.resolve("components.puml")));
        if (Boolean.getBoolean("modules.update")) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, diagram);
        }
        assertThat(DIAGRAM).as("run with -Dmodules.update=true to redraw it").hasContent(diagram);
    }

    /** The documenter lists the dependencies in no fixed order: sorted, the file changes only when they do. */
    private static String sortedArrows(String diagram) {
        List<String> lines = diagram.lines().toList();
        Iterator<String> arrows = lines.stream().filter(line -> line.contains(" --> ")).sorted().iterator();
        return lines.stream().map(line -> line.contains(" --> ") ? arrows.next() : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
