package dev.retort.processor.revision;

import dev.retort.processor.output.Locations;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.processor.snapshot.SnapshotWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes an empty revision for data work, on top of the snapshot's revision, and makes it the snapshot's revision, so
 * that the next generated revision follows it. Run from the module directory:
 *
 * <pre>java -cp &lt;the processor and its dependencies&gt; dev.retort.processor.revision.ManualRevision "backfill fees"</pre>
 *
 * <p>The snapshot is the one {@code retort-snapshot.json} under {@code src/main/java} (or {@code --source-root}); the
 * revision goes next to it. The schema in the snapshot stays as it is: the revision changes data, not the schema.
 */
public final class ManualRevision {

    private ManualRevision() {}

    public static void main(String[] args) {
        try {
            Path written = create(args, Instant.now());
            System.out.println("wrote " + Locations.display(written) + "; fill in its upgrade and downgrade");
        } catch (IllegalArgumentException | IllegalStateException e) {
            usage(System.err, e.getMessage());
            System.exit(2);
        }
    }

    /** Writes the revision and updates the snapshot; returns the revision's file. */
    static Path create(String[] args, Instant now) {
        Arguments arguments = Arguments.parse(args);
        Path snapshotFile = arguments.snapshot().orElseGet(() -> findSnapshot(arguments.sourceRoot()));
        Path directory = snapshotFile.toAbsolutePath().getParent();
        String migrationsPackage = arguments.sourceRoot().toAbsolutePath().normalize().relativize(directory)
                .toString().replace(java.io.File.separatorChar, '.');
        Snapshot snapshot;
        try {
            snapshot = SnapshotReader.read(snapshotFile);
        } catch (SnapshotException e) {
            throw new IllegalStateException("cannot read the snapshot " + snapshotFile + ": " + e.getMessage(), e);
        }
        RevisionModel revision = RevisionPlanner.plan(migrationsPackage, snapshot.revision().stream().toList(),
                Optional.of(arguments.message()), List.of(), now,
                className -> Files.exists(directory.resolve(className + ".java")));
        Path file = directory.resolve(revision.className() + ".java");
        String updated = SnapshotWriter.toJson(new Snapshot(Optional.of(revision.id()), snapshot.schema(),
                snapshot.entities(), snapshot.enums()));
        try {
            Files.writeString(file, RevisionSource.of(revision).toString(), StandardCharsets.UTF_8);
            try {
                Files.writeString(snapshotFile, updated, StandardCharsets.UTF_8);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " and " + snapshotFile, e);
        }
        return file;
    }

    private static Path findSnapshot(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            throw new IllegalArgumentException("there is no source directory " + sourceRoot
                    + "; run this from the module directory or give --source-root");
        }
        List<Path> snapshots;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            snapshots = files.filter(file -> file.getFileName().toString().equals(Locations.SNAPSHOT_FILE)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (snapshots.size() != 1) {
            throw new IllegalArgumentException("found " + snapshots.size() + " " + Locations.SNAPSHOT_FILE
                    + " files under " + sourceRoot + "; give the one to use with --snapshot");
        }
        return snapshots.get(0);
    }

    private static void usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: ManualRevision \"<message>\" [--source-root src/main/java] [--snapshot <file>]");
    }

    /** The command line: the message, and where to look. */
    private record Arguments(String message, Path sourceRoot, Optional<Path> snapshot) {

        static Arguments parse(String[] args) {
            String message = null;
            Path sourceRoot = Path.of("src", "main", "java");
            Optional<Path> snapshot = Optional.empty();
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                if (arg.equals("--source-root") && !rest.isEmpty()) {
                    sourceRoot = Path.of(rest.remove(0));
                } else if (arg.equals("--snapshot") && !rest.isEmpty()) {
                    snapshot = Optional.of(Path.of(rest.remove(0)));
                } else if (message == null && !arg.startsWith("--") && !arg.isBlank()) {
                    message = arg;
                } else {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
            }
            if (message == null) {
                throw new IllegalArgumentException("the revision needs a message, e.g. \"backfill fees\"");
            }
            return new Arguments(message, sourceRoot, snapshot);
        }
    }
}
