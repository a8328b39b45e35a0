package dev.retort.processor.output;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files of a module's revisions live. By default the snapshot {@value #SNAPSHOT_FILE} sits in the
 * migrations package, next to the revisions, so that a pull request shows both together.
 *
 * @param sourceRoot the source directory revisions are written into, e.g. {@code src/main/java}
 * @param migrationsPackage the package of the revisions
 * @param snapshot the snapshot file
 */
public record Locations(Path sourceRoot, String migrationsPackage, Path snapshot) {

    public static final String SNAPSHOT_FILE = "retort-snapshot.json";

    /**
     * @param snapshotOption {@code -Aretort.snapshot}; a relative path is resolved against the module directory (the
     *     one containing {@code src/main/java}), or the working directory when the source root is laid out otherwise
     */
    public static Locations of(Path sourceRoot, String migrationsPackage, Optional<Path> snapshotOption) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        Path snapshot = snapshotOption
                .map(option -> moduleDirectory(root).resolve(option).normalize())
                .orElseGet(() -> packageDirectory(root, migrationsPackage).resolve(SNAPSHOT_FILE));
        return new Locations(root, migrationsPackage, snapshot);
    }

    public Path revisionFile(String className) {
        return packageDirectory(sourceRoot, migrationsPackage).resolve(className + ".java");
    }

    /** {@code path} relative to the working directory when it is inside it, for shorter messages. */
    public static String display(Path path) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute).toString();
    }

    private static Path moduleDirectory(Path sourceRoot) {
        return sourceRoot.endsWith(Path.of("src", "main", "java"))
                ? sourceRoot.getParent().getParent().getParent()
                : Path.of("").toAbsolutePath();
    }

    private static Path packageDirectory(Path sourceRoot, String packageName) {
        return packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
    }
}
