package org.lingong.helm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

/** The Kubernetes objects of one {@code helm template} run, parsed so tests can walk them. */
final class Manifests {

    private final List<Map<String, Object>> objects;

    private Manifests(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    @SuppressWarnings("unchecked")
    static Manifests parse(String rendered) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(rendered)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return new Manifests(objects);
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(at(o, "metadata", "name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + names()));
    }

    List<String> names() {
        return objects.stream().map(o -> o.get("kind") + "/" + at(o, "metadata", "name")).toList();
    }

    /** Follows map keys and list indexes (as Integers) from a node; null when a step is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current = switch (current) {
                case Map<?, ?> map -> map.get(step);
                case List<?> list when step instanceof Integer i && i < list.size() -> list.get(i);
                case null, default -> null;
            };
        }
        return (T) current;
    }

    /** {@link #at} for assertions on a plain value. */
    static Object value(Object node, Object... path) {
        return at(node, path);
    }

    /** The single container of a Deployment's pod template. */
    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = at(deployment, "spec", "template", "spec", "containers");
        if (containers == null || containers.size() != 1) {
            throw new AssertionError("expected one container in " + at(deployment, "metadata", "name"));
        }
        return containers.getFirst();
    }

    /** A container's {@code env} entries keyed by name. */
    static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        List<Map<String, Object>> env = Objects.requireNonNullElse(at(container, "env"), List.of());
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        env.forEach(e -> byName.put((String) e.get("name"), e));
        return byName;
    }
}
