package dev.tiergate.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The deployment files of the repository: every Kubernetes manifest document and the Dockerfile. */
final class DeployFiles {

    static final Path ROOT = repositoryRoot();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path DOCKERFILE = ROOT.resolve("deploy/Dockerfile");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private DeployFiles() {
    }

    /** Every YAML file under deploy/k8s. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every document of every YAML file, kustomizations and patches included. */
    static List<Manifest> manifests() {
        return yamlFiles().stream().flatMap(file -> StreamSupport
                        .stream(new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file)).spliterator(),
                                false)
                        .filter(Objects::nonNull)
                        .map(document -> new Manifest(file, document)))
                .toList();
    }

    static List<Manifest> kustomizations() {
        return manifests().stream().filter(manifest -> manifest.kind().equals("Kustomization")).toList();
    }

    /** Files a kustomization applies as patches: fragments, checked only for what they must not weaken. */
    static Set<Path> patchFiles() {
        return kustomizations().stream()
                .flatMap(kustomization -> Stream.concat(
                        Manifest.list(kustomization.root(), "patches").stream().map(patch -> Manifest.at(patch, "path")),
                        Manifest.list(kustomization.root(), "patchesStrategicMerge").stream())
                        .filter(Objects::nonNull)
                        .map(path -> kustomization.file().resolveSibling(path.toString()).normalize()))
                .collect(Collectors.toSet());
    }

    /** Complete objects of the given kinds, patches left out. */
    static List<Manifest> objects(Collection<String> kinds) {
        Set<Path> patches = patchFiles();
        return manifests().stream()
                .filter(manifest -> kinds.contains(manifest.kind()) && !patches.contains(manifest.file().normalize()))
                .toList();
    }

    static List<Manifest> workloads() {
        return objects(WORKLOADS);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String relative(Path file) {
        return ROOT.relativize(file.toAbsolutePath().normalize()).toString();
    }

    /** Maven runs the tests in the module directory; the repository root is the first parent with deploy/. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No deploy/k8s above " + Path.of("").toAbsolutePath());
    }
}
