package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/** Runs the CLI in this JVM, as {@link Main#main} would, and keeps what it wrote and its exit code. */
final class CliRunner {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Map<String, String> environment;
    private final List<String> revisionClasses;

    private CliRunner(Map<String, String> environment, List<String> revisionClasses) {
        this.environment = environment;
        this.revisionClasses = revisionClasses;
    }

    /** The test classes' revisions ({@link CliRevisions}, through their index), and no environment variables. */
    static CliRunner cli() {
        return new CliRunner(Map.of(), null);
    }

    CliRunner withEnvironment(Map<String, String> variables) {
        return new CliRunner(Map.copyOf(variables), revisionClasses);
    }

    /** The application's index lists these classes instead, as after a deployment of other revisions. */
    CliRunner withRevisions(String... classNames) {
        return new CliRunner(environment, List.of(classNames));
    }

    /** What a run wrote, and how it ended. */
    record Result(int exitCode, String out, String err) {

        /** Standard output, which must be exactly one JSON document. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("standard output is not one JSON document: " + e.getMessage() + "\n" + out, e);
            }
        }

        Result assertExit(Exit expected) {
            assertEquals(expected.code(), exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            if (revisionClasses != null) {
                thread.setContextClassLoader(indexListing(revisionClasses, before));
            }
            int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), environment);
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The test classes, but with an index resource that lists {@code classNames} only. */
    private static ClassLoader indexListing(List<String> classNames, ClassLoader parent) {
        try {
            Path index = Files.createTempFile("retort-revisions", ".txt");
            index.toFile().deleteOnExit();
            Files.write(index, classNames, StandardCharsets.UTF_8);
            URL url = index.toUri().toURL();
            return new ClassLoader(parent) {
                @Override
                public Enumeration<URL> getResources(String name) throws IOException {
                    return name.equals("META-INF/retort/revisions")
                            ? Collections.enumeration(new ArrayList<>(List.of(url)))
                            : super.getResources(name);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
