package dev.retort.processor.merge;

import dev.retort.Migration;
import dev.retort.annotations.Revision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles revision sources in memory with the JDK's javac, against Retort's runtime and annotations only (the
 * classes a generated revision uses), so that the processor can run them. The classes of the compilation that runs the
 * processor cannot be loaded before it ends; this second, small compilation gives them now.
 */
final class InMemoryJavac {

    private static final int ERRORS_SHOWN = 3;

    private InMemoryJavac() {}

    /**
     * @param sourcePath where classes the revisions refer to besides Retort's are looked up as source, if anywhere
     * @return the bytes of every class compiled, by binary name
     */
    static Map<String, byte[]> compile(List<RevisionText> sources, List<Path> sourcePath) throws ReplayException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ReplayException(
                    "replaying the revisions needs the JDK's compiler, and this Java runtime has none");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, byte[]> classes = new HashMap<>();
        List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:class", "-nowarn", "-encoding", "UTF-8",
                "-Xlint:none"));
        try (StandardJavaFileManager standard =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH,
                    List.of(home(Migration.class), home(Revision.class)));
            standard.setLocationFromPaths(StandardLocation.SOURCE_PATH,
                    sourcePath.stream().filter(Files::isDirectory).toList());
            JavaFileManager files = new InMemoryOutput(standard, classes);
            List<JavaFileObject> units = sources.stream().map(Source::new).collect(Collectors.toList());
            boolean compiled = javac.getTask(new StringWriter(), files, diagnostics, options, null, units).call();
            if (!compiled) {
                throw new ReplayException(errors(diagnostics, sources));
            }
        } catch (IOException e) {
            throw new ReplayException("could not compile the revisions in memory: " + e, e);
        }
        return classes;
    }

    /** The class path entry (jar or directory) a class of Retort was loaded from. */
    private static Path home(Class<?> type) throws ReplayException {
        CodeSource codeSource = type.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            throw new ReplayException("cannot tell where " + type.getName() + " was loaded from, to compile the "
                    + "revisions against it");
        }
        try {
            return Path.of(codeSource.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ReplayException("cannot use " + codeSource.getLocation() + " as a class path: " + e, e);
        }
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics, List<RevisionText> sources) {
        Map<URI, String> where = new HashMap<>();
        sources.forEach(source -> where.put(source.uri(), source.where()));
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> {
                    JavaFileObject file = diagnostic.getSource();
                    String name = file == null ? "" : where.getOrDefault(file.toUri(), file.getName())
                            + ":" + diagnostic.getLineNumber() + ": ";
                    return name + diagnostic.getMessage(Locale.ROOT);
                })
                .toList();
        String shown = String.join("; ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
        return "the revisions do not compile on their own, with only Retort on the class path, so they cannot be "
                + "replayed: " + shown + (errors.size() > ERRORS_SHOWN ? "; ..." : "");
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(RevisionText source) {
            super(source.uri(), Kind.SOURCE);
            this.text = source.text();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Keeps the class files javac writes in memory, by binary name. */
    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {

        private final Map<String, byte[]> classes;

        InMemoryOutput(StandardJavaFileManager files, Map<String, byte[]> classes) {
            super(files);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            URI uri = URI.create("bytes:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }
}
