package dev.retort.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the suite was started with (system properties set by the suite's pom).
 *
 * @param repo the repository's root
 * @param work scratch space: generated sources, databases, logs
 * @param out where the page and its chart are written
 * @param runs the measured runs of each scenario (at least 5); each is preceded by one run that is not counted
 * @param bootRuns the measured runs of a no-op boot, which are short
 * @param pgUrl the PostgreSQL server's administrative URL ({@code RETORT_PG_URL}, as for the tests)
 * @param versions the versions of the tools, by name, as the pom resolved them
 */
record Config(Path repo, Path work, Path out, int runs, int bootRuns, String pgUrl, Map<String, String> versions) {

    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    static Config fromSystemProperties() {
        Path repo = Path.of(required("bench.repo")).toAbsolutePath().normalize();
        Map<String, String> versions = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench.version."))
                .forEach(name -> versions.put(name.substring("bench.version.".length()), System.getProperty(name)));
        String pgUrl = System.getenv("RETORT_PG_URL");
        return new Config(repo,
                repo.resolve("bench/suite/target/work"),
                Path.of(required("bench.out")).toAbsolutePath().normalize(),
                atLeastFive("bench.runs"),
                atLeastFive("bench.bootRuns"),
                pgUrl == null || pgUrl.isBlank() ? DEFAULT_PG_URL : pgUrl,
                versions);
    }

    String version(String tool) {
        return versions.getOrDefault(tool, "?");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the suite through Maven"
                    + " (mvn -B -Pbench -DskipTests package)");
        }
        return value;
    }

    private static int atLeastFive(String name) {
        int value = Integer.parseInt(required(name));
        if (value < 5) {
            throw new IllegalStateException(name + " is " + value + "; the page reports medians of at least 5 runs");
        }
        return value;
    }
}
