package dev.tiergate.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's own files as the document tests see them: everything but build output and git. */
final class RepositoryTree {

    /** Tests run in a module's directory, one below the repository root. */
    static final Path ROOT = Path.of("..");

    private RepositoryTree() {
    }

    /** Every file, as a path relative to the root with forward slashes. */
    static List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.startsWith(".git/") && !file.contains("target/"))
                    .toList();
        }
    }

    /** Every Java source under a src/{main,test}/java of the repository. */
    static List<String> javaSources() throws IOException {
        return files().stream().filter(file -> file.endsWith(".java") && file.contains("/src/")).toList();
    }

    static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String simpleName(String javaFile) {
        return javaFile.substring(javaFile.lastIndexOf('/') + 1, javaFile.length() - ".java".length());
    }
}
