package dev.retort.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles sources with the Retort processor, writing into a temporary source tree, at a pinned time. */
final class RetortCompiler {

    static final String CLOCK = "2026-11-24T15:30:00Z";
    static final String MIGRATIONS = "com/example/school/migrations";

    private final Path sourceRoot;
    private final List<Path> classPath;

    RetortCompiler(Path sourceRoot) {
        this(sourceRoot, List.of());
    }

    /** @param classPath directories of classes before the test JVM's class path, as an earlier build left them */
    RetortCompiler(Path sourceRoot, List<Path> classPath) {
        this.sourceRoot = sourceRoot;
        this.classPath = List.copyOf(classPath);
    }

    Compilation compile(JavaFileObject... sources) {
        return compile(List.of("-Aretort.clock=" + CLOCK), sources);
    }

    /** Compiles with {@code options} after the source root; without an {@code -Aretort.clock} the time is real. */
    Compilation compile(List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>();
        all.add("-Aretort.sourceRoot=" + sourceRoot);
        all.addAll(options);
        Compiler javac = Compiler.javac().withProcessors(new RetortProcessor()).withOptions(all);
        return (classPath.isEmpty() ? javac : javac.withClasspath(classPath(classPath))).compile(sources);
    }

    /** {@code directories}, then the test JVM's class path. */
    static List<File> classPath(List<Path> directories) {
        List<File> files = new ArrayList<>(directories.stream().map(Path::toFile).toList());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            files.add(new File(entry));
        }
        return files;
    }

    Path sourceRoot() {
        return sourceRoot;
    }

    /** A file of the school's migrations package in the source tree. */
    Path migrations(String fileName) {
        return sourceRoot.resolve(MIGRATIONS).resolve(fileName);
    }

    Path snapshot() {
        return migrations("retort-snapshot.json");
    }

    /** The names of the files in the migrations package of the source tree, sorted. */
    List<String> migrationFiles() {
        Path directory = sourceRoot.resolve(MIGRATIONS);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String contents) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, contents, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents of a file the compilation generated through the Filer. */
    static String generated(Compilation compilation, StandardLocation location, String path) {
        JavaFileObject file = compilation.generatedFile(location, path)
                .orElseThrow(() -> new AssertionError("not generated: " + path + "; generated: "
                        + compilation.generatedFiles().stream().map(JavaFileObject::getName).toList()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
