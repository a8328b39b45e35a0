package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The class paths the bench modules wrote ({@code bench/<module>/target/classpath.txt}, Maven's resolution of their
 * runtime dependencies, with the reactor's own jars): each tool runs with its own class path and nothing else.
 */
final class Classpaths {

    private final Path bench;

    Classpaths(Path repo) {
        this.bench = repo.resolve("bench");
    }

    /** An application module: its classes, then its dependencies. */
    String app(String module) {
        return join(List.of(bench.resolve(module).resolve("target/classes").toString(), dependencies(module)));
    }

    /** A module's dependencies alone (a processor path). */
    String dependencies(String module) {
        Path file = bench.resolve(module).resolve("target/classpath.txt");
        try {
            String text = Files.readString(file).strip();
            if (text.isEmpty()) {
                throw new IllegalStateException(file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + "; build the bench modules first", e);
        }
    }

    /** The one jar of {@code artifactId} on {@code classpath}. */
    static String jar(String classpath, String artifactId) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().startsWith(artifactId + "-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + artifactId + " on " + classpath));
    }

    static String join(List<String> parts) {
        List<String> nonEmpty = new ArrayList<>();
        parts.stream().filter(p -> !p.isEmpty()).forEach(nonEmpty::add);
        return String.join(File.pathSeparator, nonEmpty);
    }
}
