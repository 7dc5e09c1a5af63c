package org.lingong.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every value in values.yaml carries a Bitnami-style {@code ## @param} line, and no line documents a value that is gone. */
class ValuesDocumentationTests {

    private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+)(?: \\[(object|array)])?", Pattern.MULTILINE);

    @Test
    void everyValueIsDocumentedAndEveryParamExists() throws IOException {
        String text = Files.readString(HelmChartTests.CHART.resolve("values.yaml"));
        Map<String, Boolean> documented = new HashMap<>();
        Matcher matcher = PARAM.matcher(text);
        while (matcher.find()) {
            documented.put(matcher.group(1), matcher.group(2) != null);
        }
        Map<String, Object> values = new Yaml().load(text);
        TreeSet<String> leaves = new TreeSet<>();
        TreeSet<String> paths = new TreeSet<>();
        collect("", values, leaves, paths);

        List<String> undocumented = leaves.stream().filter(leaf -> !isDocumented(leaf, documented)).toList();
        assertThat(undocumented).as("values without a ## @param line").isEmpty();
        assertThat(documented.keySet()).as("## @param lines naming no value").allMatch(paths::contains);
    }

    /** A leaf is documented by its own line or by an ancestor documented as a whole [object] or [array]. */
    private static boolean isDocumented(String leaf, Map<String, Boolean> documented) {
        if (documented.containsKey(leaf)) {
            return true;
        }
        for (int dot = leaf.lastIndexOf('.'); dot > 0; dot = leaf.lastIndexOf('.', dot - 1)) {
            if (documented.getOrDefault(leaf.substring(0, dot), false)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(String prefix, Map<?, ?> node, TreeSet<String> leaves, TreeSet<String> paths) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key.toString() : prefix + "." + key;
            paths.add(path);
            if (value instanceof Map<?, ?> child && !child.isEmpty()) {
                collect(path, child, leaves, paths);
            } else {
                leaves.add(path);
            }
        });
    }
}
