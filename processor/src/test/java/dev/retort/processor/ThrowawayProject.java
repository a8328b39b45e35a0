package dev.retort.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A Maven-style module on disk ({@code src/main/java}), compiled as a user's build would: the system javac, real files,
 * the Retort processor on the processor path.
 */
final class ThrowawayProject {

    private final Path directory;
    private int builds;

    ThrowawayProject(Path directory) {
        this.directory = directory;
    }

    Path sourceRoot() {
        return directory.resolve("src/main/java");
    }

    /** Writes {@code lines} as the source of {@code qualifiedName} under {@code src/main/java}. */
    void source(String qualifiedName, String... lines) {
        write(sourceRoot().resolve(qualifiedName.replace('.', '/') + ".java"), String.join("\n", lines) + "\n");
    }

    /** The result of one build: the diagnostics javac printed and where it put the classes. */
    record Build(boolean succeeded, List<String> diagnostics, Path classes) {

        boolean hasDiagnosticContaining(String text) {
            return diagnostics.stream().anyMatch(d -> d.contains(text));
        }

        /** The revision classes the index resource lists, in its order. */
        List<String> indexedRevisions() {
            Path index = classes.resolve("META-INF/retort/revisions");
            if (!Files.exists(index)) {
                return List.of();
            }
            return read(index).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /**
     * Compiles every {@code .java} file under {@code src/main/java} into a fresh classes directory, with the test JVM's
     * class path as class path and processor path.
     */
    Build compile(String clock) {
        builds++;
        Path classes = createDirectories(directory.resolve("target/classes-" + builds));
        Path generated = createDirectories(directory.resolve("target/generated-sources-" + builds));
        String classPath = System.getProperty("java.class.path");
        List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", classPath, "-processorpath", classPath,
                "-processor", RetortProcessor.class.getName(),
                "-encoding", "UTF-8", "-Aretort.clock=" + clock);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean succeeded = javac.getTask(null, files, collector, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles())).call();
            List<String> diagnostics = collector.getDiagnostics().stream().map(ThrowawayProject::format).toList();
            return new Build(succeeded, diagnostics, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a package directory under {@code src/main/java}, by name, with their contents. */
    Map<String, String> packageFiles(String packageName) {
        Map<String, String> files = new TreeMap<>();
        Path packageDirectory = sourceRoot().resolve(packageName.replace('.', '/'));
        if (Files.isDirectory(packageDirectory)) {
            try (Stream<Path> list = Files.list(packageDirectory)) {
                list.forEach(file -> files.put(file.getFileName().toString(), read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private List<Path> javaFiles() {
        try (Stream<Path> walk = Files.walk(sourceRoot())) {
            return walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? ""
                : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
        return diagnostic.getKind() + ": " + where + diagnostic.getMessage(Locale.ROOT);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String contents) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, contents, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of {@code diagnostics}, for assertion messages. */
    static String describe(List<String> diagnostics) {
        return diagnostics.isEmpty() ? "(no diagnostics)" : String.join("\n", diagnostics);
    }
}
