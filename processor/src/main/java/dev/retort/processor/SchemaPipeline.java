package dev.retort.processor;

import dev.retort.diff.UnsupportedChangeException;
import dev.retort.operation.Operation;
import dev.retort.processor.RevisionGenerator.Base;
import dev.retort.processor.entity.AutoAppliedConverters;
import dev.retort.processor.entity.EntitySchema;
import dev.retort.processor.entity.EntityScanner;
import dev.retort.processor.entity.EntityScanner.EntityMappings;
import dev.retort.processor.entity.SnapshotComparison;
import dev.retort.processor.merge.MergedSchema;
import dev.retort.processor.merge.ReplayException;
import dev.retort.processor.output.Locations;
import dev.retort.processor.output.RevisionIndex;
import dev.retort.processor.output.SourceRoots;
import dev.retort.processor.revision.BranchLines;
import dev.retort.processor.revision.BranchLines.Line;
import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.revision.KnownRevisions.Known;
import dev.retort.processor.revision.MergeMessage;
import dev.retort.processor.revision.MigrationsPackage;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The steps for the entities of one compilation, each handing a typed result to the next and stopping at the first
 * step that reported an error: read the entities, locate the files, read the snapshot, complete the entities' schema
 * with the entities the snapshot names from the class path, check the revision graph, compare, then check or
 * generate. When a line of the history has several heads (two branches met in git), the revision generated is the
 * merge of them; heads of separately labelled lines stay apart (see {@link BranchLines}).
 *
 * <p>The compilation may hold only some of the module's files (an IDE's build, a plain {@code javac} of one file):
 * the model compared with the snapshot is therefore that of every entity that still exists, not only of those
 * compiled, and the revisions are those of this compilation and of the previous build's index.
 */
final class SchemaPipeline {

    private final ProcessingEnvironment env;
    private final Options options;
    private final Reporter reporter;
    private final RevisionGraphCheck graphCheck;

    SchemaPipeline(ProcessingEnvironment env, Options options, Reporter reporter, RevisionGraphCheck graphCheck) {
        this.env = env;
        this.options = options;
        this.reporter = reporter;
        this.graphCheck = graphCheck;
    }

    /**
     * @param entities the entities of the compilation, sorted by qualified name
     * @param known the revisions of the compilation and of the previous build's index in the class output; those of
     *     the index on the class path are added here
     * @param converters the converters applied without {@code @Convert}
     */
    void run(List<TypeElement> entities, KnownRevisions known, AutoAppliedConverters converters) {
        EntityScanner scanner = new EntityScanner(env.getElementUtils(), env.getTypeUtils(), options.naming(),
                converters, reporter);
        Optional<EntityMappings> compiled = scanner.read(entities);
        if (compiled.isEmpty()) {
            return;
        }
        List<String> classPathIndex = RevisionIndex.read(env.getFiler(), StandardLocation.CLASS_PATH);
        Optional<Locations> locations = locate(entities, known, classPathIndex);
        if (locations.isEmpty()) {
            return;
        }
        Optional<Snapshot> snapshot = readSnapshot(locations.get().snapshot());
        if (snapshot.isEmpty()) {
            return;
        }
        Optional<EntitySchema> entitySchema = scanner.complete(compiled.get(), snapshot.get().entityClasses());
        if (entitySchema.isEmpty()) {
            return;
        }
        if (!graphCheck.check(known, KnownRevisions.idsOf(classPathIndex, env.getElementUtils()))) {
            return;
        }
        Step step = new Step(snapshot.get(), entitySchema.get(), entities, locations.get(), known);
        if (options.mode() == Mode.CHECK) {
            step.check();
        } else if (!BranchLines.forked(known).isEmpty()) {
            step.merge();
        } else {
            step.next();
        }
    }

    /** What the steps after reading know, and the three ways to end. */
    private final class Step {

        private final Snapshot snapshot;
        private final EntitySchema entitySchema;
        private final List<TypeElement> entities;
        private final Locations locations;
        private final KnownRevisions known;

        Step(Snapshot snapshot, EntitySchema entitySchema, List<TypeElement> entities, Locations locations,
                KnownRevisions known) {
            this.snapshot = snapshot;
            this.entitySchema = entitySchema;
            this.entities = entities;
            this.locations = locations;
            this.known = known;
        }

        /**
         * {@code -Aretort.mode=check}: fails on a line of the history with several heads, and on every entity that
         * differs from the snapshot.
         */
        void check() {
            for (Line line : BranchLines.forked(known)) {
                reporter.report(Message.SEVERAL_HEADS, line.heads().size(), describe(line.heads()) + " on "
                        + line.describe());
            }
            compare(snapshot, snapshot.schema(), entitySchema).filter(operations -> !operations.isEmpty()).ifPresent(
                    operations -> SnapshotCheck.report(operations, entitySchema, locations.snapshot(), reporter));
        }

        /** One head: the next revision follows it, when the entities changed. */
        void next() {
            Optional<List<Operation>> operations = compare(snapshot, snapshot.schema(), entitySchema);
            if (operations.isEmpty() || !SnapshotInStep.check(snapshot, known, locations, reporter)) {
                return;
            }
            if (options.manual().isPresent()) {
                manual(operations.get());
            } else if (!operations.get().isEmpty()) {
                generator().generate(Base.of(snapshot), operations.get(), options.message(), entitySchema, entities,
                        locations);
            }
        }

        /** {@code -Aretort.manual}: an empty revision for data work, only when the schema has nothing to add. */
        private void manual(List<Operation> pending) {
            if (!pending.isEmpty()) {
                reporter.report(Message.MANUAL_WITH_CHANGES, Locations.display(locations.snapshot()),
                        pending.stream().map(Operation::describe).collect(Collectors.joining(", ")));
                return;
            }
            generator().generate(Base.of(snapshot), List.of(), options.manual(), entitySchema, entities, locations);
        }

        /**
         * A line of the history with several heads (see {@link BranchLines}): a merge revision follows them, once the
         * snapshot is shown to be the schema the revisions produce. The merge of the snapshot's line holds whatever else
         * changed in the entities and moves the snapshot to it; a forked line the snapshot is not on gets a merge that
         * changes nothing, and the entities' changes go into a revision after the snapshot's, as in {@link #next()}.
         * Heads of different lines are not merged.
         */
        void merge() {
            List<Line> forked = BranchLines.forked(known);
            SortedSet<String> heads = new TreeSet<>();
            forked.forEach(line -> heads.addAll(line.heads()));
            if (!SnapshotInStep.check(snapshot, known, locations, reporter)) {
                return;
            }
            Schema merged;
            try {
                merged = MergedSchema.of(known, env, locations.sourceRoot());
            } catch (ReplayException e) {
                reporter.report(Message.MERGE_REPLAY_FAILED, describe(heads), e.getMessage());
                return;
            }
            if (!MergeSnapshotCheck.matches(snapshot, merged, describe(heads), locations, reporter)) {
                return;
            }
            String snapshotRevision = snapshot.revision().orElseThrow();
            Optional<Line> snapshotLine = forked.stream()
                    .filter(line -> line.heads().contains(snapshotRevision))
                    .findFirst();
            for (Line line : forked) {
                if (snapshotLine.isEmpty() || line != snapshotLine.get()) {
                    generator().generateMerge(List.copyOf(line.heads()), line.describe(), snapshotRevision, entities,
                            locations);
                }
            }
            if (snapshotLine.isEmpty()) {
                next();
                return;
            }
            Optional<List<Operation>> operations = compare(snapshot, merged, entitySchema);
            if (operations.isEmpty()) {
                return;
            }
            List<String> parents = List.copyOf(snapshotLine.get().heads());
            Optional<String> message = options.message().or(() -> Optional.of(
                    MergeMessage.of(parents, operations.get())));
            generator().generate(new Base(parents, merged), operations.get(), message, entitySchema, entities,
                    locations);
        }

        /** {@code 3fa9c1d2e4b5 (com.example.V1) and 8e2f2e66022e (com.example.V2)} */
        private String describe(SortedSet<String> heads) {
            return known.withIds(heads).stream().map(Known::describe).collect(Collectors.joining(" and "));
        }
    }

    private RevisionGenerator generator() {
        return new RevisionGenerator(env, options, reporter);
    }

    /**
     * The source root, then the migrations package: the option's, else where the revisions are, else next to the
     * entities. The revisions of a previous build found on the class path count only when their sources are in this
     * source root: a dependency's index is on the class path too.
     */
    private Optional<Locations> locate(List<TypeElement> entities, KnownRevisions known, List<String> classPathIndex) {
        Optional<Path> sourceRoot = options.sourceRoot().or(() -> SourceRoots.find(env, entities.get(0), reporter));
        if (sourceRoot.isEmpty()) {
            return Optional.empty();
        }
        Path root = sourceRoot.get().toAbsolutePath().normalize();
        List<String> ofThisModule = classPathIndex.stream()
                .filter(className -> SourceRoots.holdsSourceOf(root, className))
                .toList();
        known.addListed(ofThisModule, RevisionIndex.fingerprints(env.getFiler(), StandardLocation.CLASS_PATH),
                env.getElementUtils());
        String migrationsPackage = options.migrationsPackage().orElseGet(() -> known.packageOr(
                MigrationsPackage.of(entities.stream()
                        .map(entity -> env.getElementUtils().getPackageOf(entity).getQualifiedName().toString())
                        .toList())));
        return Optional.of(Locations.of(root, migrationsPackage, options.snapshot()));
    }

    private Optional<Snapshot> readSnapshot(Path file) {
        try {
            return Optional.of(SnapshotReader.read(file));
        } catch (SnapshotException e) {
            reporter.report(e.message(), Locations.display(file), e.getMessage());
            return Optional.empty();
        }
    }

    /** The operations from {@code from} (the snapshot's schema, or the merged heads') to the entities'. */
    private Optional<List<Operation>> compare(Snapshot snapshot, Schema from, EntitySchema entities) {
        try {
            Snapshot base = new Snapshot(snapshot.revision(), from, snapshot.entities(), snapshot.enums(),
                    snapshot.subclasses());
            return Optional.of(SnapshotComparison.diff(base, entities, reporter));
        } catch (UnsupportedChangeException e) {
            String table = e.table();
            Optional<TypeElement> entity = entities.entityOf(table);
            Object[] args = {entities.describe(table), e.getMessage()};
            entity.ifPresentOrElse(
                    element -> reporter.report(element, Message.UNSUPPORTED_CHANGE, args),
                    () -> reporter.report(Message.UNSUPPORTED_CHANGE, args));
            return Optional.empty();
        }
    }
}
