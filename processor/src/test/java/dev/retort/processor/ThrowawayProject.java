package dev.retort.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * the Retort processor on the processor path. A build compiles every file, or only some with the classes of an earlier
 * build on the class path, as IDEs and incremental builds do.
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
        write(sourceFile(qualifiedName), String.join("\n", lines) + "\n");
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
        return compile(clock, List.of());
    }

    /** As {@link #compile(String)}, with more javac options. */
    Build compile(String clock, List<String> options) {
        return compile(clock, javaFiles(), newClassesDirectory(), List.of(), options);
    }

    /**
     * Compiles only the sources of {@code qualifiedNames} into a fresh classes directory, with the classes of
     * {@code previous} on the class path: a plain {@code javac} of some files after a full build.
     */
    Build compileOnly(String clock, Build previous, List<String> options, String... qualifiedNames) {
        return compile(clock, sourceFiles(qualifiedNames), newClassesDirectory(), List.of(previous.classes()), options);
    }

    /**
     * Compiles only the sources of {@code qualifiedNames} into the classes directory of {@code previous}, which is
     * also on the class path: an IDE's build, or Maven's with {@code useIncrementalCompilation=false}.
     */
    Build recompileOnly(String clock, Build previous, List<String> options, String... qualifiedNames) {
        builds++;
        return compile(clock, sourceFiles(qualifiedNames), previous.classes(), List.of(previous.classes()), options);
    }

    /** Deletes the source of {@code qualifiedName}. */
    void delete(String qualifiedName) {
        try {
            Files.delete(sourceFile(qualifiedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code src/main/java}, by path relative to it, with its bytes: to tell that nothing changed. */
    Map<String, String> sourceTree() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sourceRoot())) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.put(sourceRoot().relativize(file).toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private Build compile(String clock, List<Path> sources, Path classes, List<Path> classPath, List<String> extra) {
        Path generated = createDirectories(directory.resolve("target/generated-sources-" + builds));
        List<String> path = new ArrayList<>(classPath.stream().map(Path::toString).toList());
        path.add(System.getProperty("java.class.path"));
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
                "-classpath", String.join(File.pathSeparator, path),
                "-processorpath", System.getProperty("java.class.path"),
                "-processor", RetortProcessor.class.getName(),
                "-encoding", "UTF-8", "-Aretort.clock=" + clock));
        options.addAll(extra);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean succeeded = javac.getTask(null, files, collector, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> diagnostics = collector.getDiagnostics().stream().map(ThrowawayProject::format).toList();
            return new Build(succeeded, diagnostics, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path newClassesDirectory() {
        builds++;
        return createDirectories(directory.resolve("target/classes-" + builds));
    }

    private Path sourceFile(String qualifiedName) {
        return sourceRoot().resolve(qualifiedName.replace('.', '/') + ".java");
    }

    private List<Path> sourceFiles(String... qualifiedNames) {
        return Stream.of(qualifiedNames).map(this::sourceFile).toList();
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
