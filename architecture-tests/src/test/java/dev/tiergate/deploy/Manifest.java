package dev.tiergate.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One YAML document of a file under deploy/k8s (an object, or a JSON patch's list of operations),
 * with null-safe navigation for the assertions.
 */
record Manifest(Path file, Object root) {

    String kind() {
        return String.valueOf(at(root, "kind"));
    }

    String name() {
        return String.valueOf(at(root, "metadata", "name"));
    }

    /** The file and the object, for assertion messages. */
    String where() {
        return DeployFiles.relative(file) + (at("kind") == null ? "" : " (" + kind()
                + (at("metadata", "name") == null ? "" : " " + name()) + ")");
    }

    Object at(String... path) {
        return at(root, path);
    }

    /** The node under {@code path}, or null when any step is missing. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    /** The list under {@code path}; missing counts as empty. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... path) {
        return at(node, path) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The map under {@code path}; missing counts as empty. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        return at(node, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
