package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scenario 3: javac over 500 generated JPA entities, four ways, each a fresh javac process with fresh output
 * directories. Every variant ends with the same classes compiled: the entities and the one revision that creates
 * their 500 tables (for {@link Variant#RETORT_GENERATE} the processor writes that revision and javac compiles it in
 * the same build; the others find it in the source tree, as a project that committed it does).
 */
final class CompileScenario {

    static final int ENTITIES = 500;

    /** Fixed, so that every generated revision has the same name and content. */
    private static final String CLOCK = "2026-01-01T00:00:00Z";

    enum Variant {
        PLAIN("plain javac (no processor)"),
        RETORT_GENERATE("Retort, generating from an empty snapshot"),
        RETORT_CHECK("Retort, -Aretort.mode=check, nothing to do"),
        JPAMODELGEN("hibernate-jpamodelgen (hibernate-processor)");

        final String description;

        Variant(String description) {
            this.description = description;
        }
    }

    /** The wall time of each variant's javac runs, in milliseconds. */
    static final class Results {
        final Map<Variant, Samples> millis = new EnumMap<>(Variant.class);
        int javaFiles;

        Results() {
            for (Variant variant : Variant.values()) {
                millis.put(variant, new Samples());
            }
        }
    }

    private final Javac javac;
    private final Path root;
    private final String classpath;
    private final String retortProcessorPath;
    private final String hibernateProcessorPath;

    /**
     * @param classpath the entities' compile class path: the JPA API, Retort's runtime (for the revision)
     */
    CompileScenario(Javac javac, Path root, String classpath, String retortProcessorPath,
            String hibernateProcessorPath) {
        this.javac = javac;
        this.root = root;
        this.classpath = classpath;
        this.retortProcessorPath = retortProcessorPath;
        this.hibernateProcessorPath = hibernateProcessorPath;
    }

    Results run(int runs) {
        Javac.deleteTree(root);
        Path empty = root.resolve("without-revision/src");
        Path committed = root.resolve("with-revision/src");
        writeEntities(empty);
        writeEntities(committed);
        // The committed tree gets its revision and snapshot the way a project does: from a build with the processor.
        compile(Variant.RETORT_GENERATE, committed, "setup");
        requireGenerated(committed);
        Results results = new Results();
        try (Stream<Path> files = Files.walk(committed)) {
            results.javaFiles = (int) files.filter(f -> f.toString().endsWith(".java")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int round = 0; round <= runs; round++) {
            List<Variant> variants = new ArrayList<>(List.of(Variant.values()));
            Collections.rotate(variants, -(round % variants.size()));
            for (Variant variant : variants) {
                long nanos;
                if (variant == Variant.RETORT_GENERATE) {
                    Javac.deleteTree(migrations(empty));
                    nanos = compile(variant, empty, "run");
                    requireGenerated(empty);
                } else {
                    nanos = compile(variant, committed, "run");
                }
                if (round > 0) {
                    results.millis.get(variant).add(nanos / 1e6);
                }
            }
            Progress.say("javac over " + ENTITIES + " entities: round " + round + " of " + runs + " done");
        }
        return results;
    }

    private long compile(Variant variant, Path sources, String what) {
        String name = "javac-" + variant.name().toLowerCase(Locale.ROOT) + "-" + what;
        Path output = root.resolve("out/" + name);
        Javac.deleteTree(output);
        List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
                "-d", output.resolve("classes").toString(), "-s", output.resolve("generated").toString(),
                "-cp", classpath));
        switch (variant) {
            case PLAIN -> options.add("-proc:none");
            case RETORT_GENERATE -> options.addAll(List.of("-processorpath", retortProcessorPath,
                    "-Aretort.clock=" + CLOCK));
            case RETORT_CHECK -> options.addAll(List.of("-processorpath", retortProcessorPath,
                    "-Aretort.mode=check"));
            case JPAMODELGEN -> options.addAll(List.of("-processorpath", hibernateProcessorPath));
            default -> throw new IllegalArgumentException(variant.toString());
        }
        try {
            Files.createDirectories(output.resolve("classes"));
            Files.createDirectories(output.resolve("generated"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long nanos = javac.compile(name, options, sources);
        if (variant == Variant.JPAMODELGEN) {
            requireFile(output.resolve("classes/bench/model/Item001_.class"));
        }
        return nanos;
    }

    private static Path migrations(Path sources) {
        return sources.resolve("bench/model/migrations");
    }

    /** The processor wrote one revision and the snapshot into the source tree. */
    private static void requireGenerated(Path sources) {
        Path directory = migrations(sources);
        requireFile(directory.resolve("retort-snapshot.json"));
        try (Stream<Path> files = Files.list(directory)) {
            long revisions = files.filter(f -> f.toString().endsWith(".java")).count();
            if (revisions != 1) {
                throw new IllegalStateException(directory + " holds " + revisions + " revisions, not 1");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("expected " + file + " after the compilation");
        }
    }

    private static void writeEntities(Path sources) {
        Path model = sources.resolve("bench/model");
        try {
            Files.createDirectories(model);
            for (int i = 1; i <= ENTITIES; i++) {
                Files.writeString(model.resolve(name(i) + ".java"), entity(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "Item%03d", i);
    }

    /**
     * Entity {@code i}: an identity key, five basic attributes of common types, an index, and (but the first) a
     * many-to-one reference to entity {@code i / 2}, with getters and setters, as entities usually are written.
     */
    static String entity(int i) {
        String table = String.format(Locale.ROOT, "item_%03d", i);
        String parent = i == 1 ? "" : """

                    @ManyToOne
                    @JoinColumn(name = "parent_id")
                    private %1$s parent;

                    public %1$s getParent() {
                        return parent;
                    }

                    public void setParent(%1$s parent) {
                        this.parent = parent;
                    }
                """.formatted(name(Math.max(1, i / 2)));
        return """
                package bench.model;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.GenerationType;
                import jakarta.persistence.Id;
                import jakarta.persistence.Index;
                import jakarta.persistence.JoinColumn;
                import jakarta.persistence.ManyToOne;
                import jakarta.persistence.Table;
                import java.math.BigDecimal;
                import java.time.LocalDateTime;

                @Entity
                @Table(name = "%2$s", indexes = @Index(name = "ix_%2$s_name", columnList = "name"))
                public class %1$s {

                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(nullable = false, length = 100)
                    private String name;

                    @Column(precision = 10, scale = 2)
                    private BigDecimal amount;

                    private Integer quantity;

                    private boolean active;

                    @Column(name = "created_at")
                    private LocalDateTime createdAt;
                %3$s
                    public Long getId() {
                        return id;
                    }

                    public String getName() {
                        return name;
                    }

                    public void setName(String name) {
                        this.name = name;
                    }

                    public BigDecimal getAmount() {
                        return amount;
                    }

                    public void setAmount(BigDecimal amount) {
                        this.amount = amount;
                    }

                    public Integer getQuantity() {
                        return quantity;
                    }

                    public void setQuantity(Integer quantity) {
                        this.quantity = quantity;
                    }

                    public boolean isActive() {
                        return active;
                    }

                    public void setActive(boolean active) {
                        this.active = active;
                    }

                    public LocalDateTime getCreatedAt() {
                        return createdAt;
                    }

                    public void setCreatedAt(LocalDateTime createdAt) {
                        this.createdAt = createdAt;
                    }
                }
                """.formatted(name(i), table, parent);
    }
}
