package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the JDK's {@code javac} in a process of its own, as a build does, and times it. */
final class Javac {

    private final Path logs;

    Javac(Path logs) {
        this.logs = logs;
    }

    /**
     * Compiles every {@code .java} file under {@code sourceRoot} (listed in an argument file) with {@code options}.
     *
     * @return the wall time of the javac process, in nanoseconds
     */
    long compile(String name, List<String> options, Path sourceRoot) {
        try {
            Files.createDirectories(logs);
            Path sources = logs.resolve(name + ".sources");
            Files.write(sources, javaFiles(sourceRoot).stream().map(Path::toString).toList());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
            command.addAll(options);
            command.add("@" + sources);
            Path log = logs.resolve(name + ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("javac " + name + " ran longer than 10 minutes; see " + log);
            }
            long wall = System.nanoTime() - start;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("javac " + name + " failed:\n" + Files.readString(log)
                        + "\n(command: " + String.join(" ", command) + ")");
            }
            return wall;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Deletes {@code directory} and everything in it, if it exists. */
    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
