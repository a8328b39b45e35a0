package dev.retort.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One package of entities under {@code dev.retort.oracle.sets}, compiled by Retort and read by Hibernate with the same
 * naming: {@code jpa} (names as written, Hibernate's default) or {@code snake_case} (Spring Boot's physical and
 * implicit naming).
 *
 * @param sqliteRefusal for a set SQLite cannot take (and Hibernate's SQLite dialect cannot create either), what Retort
 *     says when it refuses the set's revision there; empty for a set that runs on both databases
 */
public record EntitySet(String name, String naming, Optional<String> sqliteRefusal) {

    public static final String SETS_PACKAGE = "dev.retort.oracle.sets";

    public static EntitySet of(String name) {
        return new EntitySet(name, "jpa", Optional.empty());
    }

    public static EntitySet snakeCase(String name) {
        return new EntitySet(name, "snake_case", Optional.empty());
    }

    /**
     * This set, for PostgreSQL only: on SQLite the oracle asserts that Retort refuses its revision before anything
     * runs, with a message that contains {@code refusal}, instead of validating it with Hibernate.
     */
    public EntitySet postgresqlOnly(String refusal) {
        return new EntitySet(name, naming, Optional.of(refusal));
    }

    public boolean runsOnSqlite() {
        return sqliteRefusal.isEmpty();
    }

    public String packageName() {
        return SETS_PACKAGE + "." + name;
    }

    public boolean snakeCaseNaming() {
        return naming.equals("snake_case");
    }

    /** The set's {@code .java} files, from the test sources ({@code -Dretort.oracle.sets}, set by the pom). */
    public List<Path> sourceFiles() {
        Path directory = sourcesRoot().resolve(packageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sources of set " + name + " in " + directory, e);
        }
    }

    /** The set's entity classes, as the test class path has them (compiled by Maven, without any processor). */
    public List<Class<?>> entityClasses() {
        return classes().filter(type -> type.isAnnotationPresent(jakarta.persistence.Entity.class)).toList();
    }

    /**
     * What Hibernate is given of the set, as a persistence unit's scan would find it: the entity classes and the
     * {@code @Converter} classes (those with {@code autoApply = true} apply to attributes without {@code @Convert}).
     */
    public List<Class<?>> managedClasses() {
        return classes().filter(type -> type.isAnnotationPresent(jakarta.persistence.Entity.class)
                || type.isAnnotationPresent(jakarta.persistence.Converter.class)).toList();
    }

    private Stream<Class<?>> classes() {
        return sourceFiles().stream()
                .map(f -> f.getFileName().toString().replace(".java", ""))
                .filter(simpleName -> !simpleName.equals("package-info"))
                .<Class<?>>map(simpleName -> load(packageName() + "." + simpleName));
    }

    static Path sourcesRoot() {
        String configured = System.getProperty("retort.oracle.sets");
        return Path.of(configured == null || configured.isBlank() ? "src/test/java" : configured);
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the test class path", e);
        }
    }

    @Override
    public String toString() {
        return snakeCaseNaming() ? name + " (snake_case)" : name;
    }
}
