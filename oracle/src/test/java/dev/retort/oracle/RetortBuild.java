package dev.retort.oracle;

import dev.retort.Migration;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A user's build of an entity set: the system javac compiles the set's sources with Retort's processor, starting from
 * an empty snapshot, into a directory of its own; the processor writes the first revision there and javac compiles it
 * in the same build.
 *
 * @param succeeded whether javac succeeded
 * @param diagnostics what javac and the processor printed
 * @param classes the compiled entities and revisions, with the revision index
 * @param revisionSources the revision sources the processor wrote
 */
record RetortBuild(boolean succeeded, List<String> diagnostics, Path classes, List<Path> revisionSources) {

    /** Deterministic revision names and ids. */
    static final String CLOCK = "2026-01-01T00:00:00Z";

    static RetortBuild of(EntitySet set, Path directory) {
        Path sourceRoot = createDirectories(directory.resolve("src"));
        Path classes = createDirectories(directory.resolve("classes"));
        Path generated = createDirectories(directory.resolve("generated"));
        String classPath = classPathWithoutTheSets();
        List<String> options = new ArrayList<>(List.of(
                "-d", classes.toString(), "-s", generated.toString(),
                "-classpath", classPath, "-processorpath", classPath,
                "-processor", "dev.retort.processor.RetortProcessor",
                "-encoding", "UTF-8",
                "-Aretort.sourceRoot=" + sourceRoot,
                "-Aretort.snapshot=" + directory.resolve("retort-snapshot.json"),
                "-Aretort.clock=" + CLOCK,
                "-Aretort.naming=" + set.naming()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean succeeded = javac.getTask(null, files, collector, options, null,
                    files.getJavaFileObjectsFromPaths(set.sourceFiles())).call();
            List<String> diagnostics = collector.getDiagnostics().stream().map(RetortBuild::format).toList();
            return new RetortBuild(succeeded, diagnostics, classes, javaFiles(sourceRoot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The revision classes the index resource lists, in its order, loaded by {@code loader}. */
    List<Class<? extends Migration>> revisions(ClassLoader loader) {
        Path index = classes.resolve("META-INF/retort/revisions");
        List<Class<? extends Migration>> revisions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    revisions.add(Class.forName(name, true, loader).asSubclass(Migration.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no revision index in " + classes, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the index lists a class the build did not write", e);
        }
        return revisions;
    }

    URLClassLoader classLoader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, RetortBuild.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every diagnostic and every revision source, for a failure message. */
    String describe() {
        StringBuilder text = new StringBuilder();
        text.append(diagnostics.isEmpty() ? "(no diagnostics)" : String.join("\n", diagnostics));
        for (Path revision : revisionSources) {
            text.append("\n--- ").append(revision.getFileName()).append('\n').append(read(revision));
        }
        return text.toString();
    }

    /**
     * The test class path without this module's own test classes: javac compiles the set from its sources alone, as
     * in a user's build, and does not see the other sets (or Maven's copy of this one).
     */
    private static String classPathWithoutTheSets() {
        Path ownClasses;
        try {
            ownClasses = Path.of(EntitySet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(ownClasses.normalize()))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? ""
                : Path.of(diagnostic.getSource().getName()).getFileName() + ":" + diagnostic.getLineNumber() + ": ";
        return diagnostic.getKind() + ": " + where + diagnostic.getMessage(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
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
}
