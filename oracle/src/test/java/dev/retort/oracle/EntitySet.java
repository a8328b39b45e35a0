package dev.retort.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One package of entities under {@code dev.retort.oracle.sets}, compiled by Retort and read by Hibernate with the same
 * naming: {@code jpa} (names as written, Hibernate's default) or {@code snake_case} (Spring Boot's physical and
 * implicit naming).
 */
public record EntitySet(String name, String naming) {

    public static final String SETS_PACKAGE = "dev.retort.oracle.sets";

    public static EntitySet of(String name) {
        return new EntitySet(name, "jpa");
    }

    public static EntitySet snakeCase(String name) {
        return new EntitySet(name, "snake_case");
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
        return sourceFiles().stream()
                .map(f -> f.getFileName().toString().replace(".java", ""))
                .filter(simpleName -> !simpleName.equals("package-info"))
                .<Class<?>>map(simpleName -> load(packageName() + "." + simpleName))
                .filter(type -> type.isAnnotationPresent(jakarta.persistence.Entity.class))
                .toList();
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
