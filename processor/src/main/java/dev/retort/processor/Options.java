package dev.retort.processor;

import dev.retort.processor.entity.Naming;
import dev.retort.processor.spi.NamingStrategy;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * The processor's {@code -A} options.
 *
 * @param mode {@code retort.mode}: {@code generate} (default), {@code check} or {@code off}
 * @param snapshot {@code retort.snapshot}: the snapshot file; a relative path is resolved against the module directory
 *     (the one containing {@code src/main/java}), else against the working directory. Default: next to the revisions.
 * @param migrationsPackage {@code retort.package}: the package of generated revisions. Default: the package of the
 *     revisions there are already (those of the compilation, or those the previous build's index lists), so that a
 *     build of only some files keeps to it; when there are none, the longest common package of the entities, plus
 *     {@code .migrations}
 * @param message {@code retort.message}: the message of the next revision. Default: derived from its operations
 * @param manual {@code retort.manual}: write an empty revision for data work with this message, on top of the
 *     snapshot's revision, when the entities match the snapshot
 * @param naming {@code retort.naming}: {@code jpa} (default), {@code snake_case} or a {@link NamingStrategy}'s class
 * @param sourceRoot {@code retort.sourceRoot}: where revisions are written. Default: the source directory of the
 *     entities
 * @param now {@code retort.clock}: an ISO-8601 instant standing for "now", for reproducible output. Default: the time
 *     of the build
 */
public record Options(
        Mode mode,
        Optional<Path> snapshot,
        Optional<String> migrationsPackage,
        Optional<String> message,
        Optional<String> manual,
        Naming naming,
        Optional<Path> sourceRoot,
        Instant now) {

    static final String MODE = "retort.mode";
    static final String SNAPSHOT = "retort.snapshot";
    static final String PACKAGE = "retort.package";
    static final String MESSAGE = "retort.message";
    static final String MANUAL = "retort.manual";
    static final String NAMING = "retort.naming";
    static final String SOURCE_ROOT = "retort.sourceRoot";
    static final String CLOCK = "retort.clock";

    static final Set<String> NAMES = Set.of(MODE, SNAPSHOT, PACKAGE, MESSAGE, MANUAL, NAMING, SOURCE_ROOT, CLOCK);

    /** Reads the options, reporting each bad value; a bad option falls back to its default. */
    static Options parse(Map<String, String> values, Reporter reporter) {
        return new Parser(values, reporter).parse();
    }

    private record Parser(Map<String, String> values, Reporter reporter) {

        Options parse() {
            new TreeSet<>(values.keySet()).stream()
                    .filter(name -> name.startsWith("retort.") && !NAMES.contains(name))
                    .forEach(name -> invalid(name, "unknown option; known: " + new TreeSet<>(NAMES)));
            return new Options(
                    choice(MODE, Mode.class, Mode.GENERATE),
                    path(SNAPSHOT),
                    value(PACKAGE).filter(this::validPackage),
                    value(MESSAGE),
                    value(MANUAL),
                    naming(),
                    path(SOURCE_ROOT),
                    value(CLOCK).flatMap(this::instant).orElseGet(Instant::now));
        }

        // A blank value counts as not set, so a pom can pass -Aretort.message=${retort.message} unconditionally.
        private Optional<String> value(String name) {
            return Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        }

        private <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
            Optional<String> value = value(name);
            for (E constant : type.getEnumConstants()) {
                if (value.map(v -> v.equals(constant.name().toLowerCase(Locale.ROOT))).orElse(false)) {
                    return constant;
                }
            }
            value.ifPresent(v -> invalid(name, "expected one of " + choices(type)));
            return defaultValue;
        }

        /** A built-in strategy by name, or a {@link NamingStrategy} of the user's by its class name. */
        private Naming naming() {
            Optional<String> value = value(NAMING);
            if (value.isEmpty()) {
                return Naming.JPA;
            }
            Optional<Naming> builtIn = Naming.builtIn(value.get());
            if (builtIn.isPresent()) {
                return builtIn.get();
            }
            if (!SourceVersion.isName(value.get())) {
                invalid(NAMING, "expected jpa, snake_case, or the class name of a " + NamingStrategy.class.getName());
                return Naming.JPA;
            }
            try {
                Class<?> type = Class.forName(value.get(), true, Options.class.getClassLoader());
                if (!NamingStrategy.class.isAssignableFrom(type)) {
                    invalid(NAMING, type.getName() + " does not implement " + NamingStrategy.class.getName());
                    return Naming.JPA;
                }
                return Naming.of((NamingStrategy) type.getConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                invalid(NAMING, "no class " + value.get() + " on the annotation processor path; put the jar that"
                        + " holds it in annotationProcessorPaths, next to retort-processor");
            } catch (ReflectiveOperationException | RuntimeException e) {
                invalid(NAMING, "cannot create " + value.get() + " with its public constructor without parameters: "
                        + e);
            }
            return Naming.JPA;
        }

        private Optional<Path> path(String name) {
            try {
                return value(name).map(Path::of);
            } catch (InvalidPathException e) {
                invalid(name, e.getMessage());
                return Optional.empty();
            }
        }

        private boolean validPackage(String name) {
            if (SourceVersion.isName(name)) {
                return true;
            }
            invalid(PACKAGE, "not a Java package name");
            return false;
        }

        private Optional<Instant> instant(String text) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                invalid(CLOCK, "expected an ISO-8601 instant such as 2026-11-24T15:30:00Z");
                return Optional.empty();
            }
        }

        private void invalid(String name, String problem) {
            reporter.report(Message.INVALID_OPTION, name, values.get(name), problem);
        }

        private static String choices(Class<? extends Enum<?>> type) {
            StringBuilder text = new StringBuilder();
            for (Enum<?> constant : type.getEnumConstants()) {
                text.append(text.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
            }
            return text.toString();
        }
    }
}
