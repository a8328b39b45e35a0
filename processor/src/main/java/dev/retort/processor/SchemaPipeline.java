package dev.retort.processor;

import dev.retort.diff.UnsupportedChangeException;
import dev.retort.operation.Operation;
import dev.retort.processor.entity.EntitySchema;
import dev.retort.processor.entity.EntityScanner;
import dev.retort.processor.entity.EntityScanner.EntityMappings;
import dev.retort.processor.entity.SnapshotComparison;
import dev.retort.processor.output.Locations;
import dev.retort.processor.output.RevisionIndex;
import dev.retort.processor.output.SourceRoots;
import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.revision.MigrationsPackage;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The steps for the entities of one compilation, each handing a typed result to the next and stopping at the first
 * step that reported an error: read the entities, locate the files, read the snapshot, complete the entities' schema
 * with the entities the snapshot names from the class path, compare, then check or generate.
 *
 * <p>The compilation may hold only some of the module's files (an IDE's build, a plain {@code javac} of one file):
 * the model compared with the snapshot is therefore that of every entity that still exists, not only of those
 * compiled, and the revisions are those of this compilation and of the previous build's index.
 */
final class SchemaPipeline {

    private final ProcessingEnvironment env;
    private final Options options;
    private final Reporter reporter;

    SchemaPipeline(ProcessingEnvironment env, Options options, Reporter reporter) {
        this.env = env;
        this.options = options;
        this.reporter = reporter;
    }

    /**
     * @param entities the entities of the compilation, sorted by qualified name
     * @param known the revisions of the compilation and of the previous build's index in the class output; those of
     *     the index on the class path are added here
     */
    void run(List<TypeElement> entities, KnownRevisions known) {
        EntityScanner scanner = new EntityScanner(env.getElementUtils(), options.naming(), reporter);
        Optional<EntityMappings> compiled = scanner.read(entities);
        if (compiled.isEmpty()) {
            return;
        }
        Optional<Locations> locations = locate(entities, known);
        if (locations.isEmpty()) {
            return;
        }
        Optional<Snapshot> snapshot = readSnapshot(locations.get().snapshot());
        if (snapshot.isEmpty()) {
            return;
        }
        Optional<EntitySchema> entitySchema = scanner.complete(compiled.get(), snapshot.get().entities().values());
        if (entitySchema.isEmpty()) {
            return;
        }
        Optional<List<Operation>> operations = compare(snapshot.get(), entitySchema.get());
        if (operations.isEmpty() || operations.get().isEmpty()) {
            return;
        }
        if (options.mode() == Mode.CHECK) {
            SnapshotCheck.report(operations.get(), entitySchema.get(), locations.get().snapshot(), reporter);
        } else {
            new RevisionGenerator(env, options, reporter)
                    .generate(operations.get(), snapshot.get(), entitySchema.get(), entities, locations.get(), known);
        }
    }

    /**
     * The source root, then the migrations package: the option's, else where the revisions are, else next to the
     * entities. The revisions of a previous build found on the class path count only when their sources are in this
     * source root: a dependency's index is on the class path too.
     */
    private Optional<Locations> locate(List<TypeElement> entities, KnownRevisions known) {
        Optional<Path> sourceRoot = options.sourceRoot().or(() -> SourceRoots.find(env, entities.get(0), reporter));
        if (sourceRoot.isEmpty()) {
            return Optional.empty();
        }
        Path root = sourceRoot.get().toAbsolutePath().normalize();
        known.addListed(RevisionIndex.read(env.getFiler(), StandardLocation.CLASS_PATH).stream()
                        .filter(className -> SourceRoots.holdsSourceOf(root, className))
                        .toList(),
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

    private Optional<List<Operation>> compare(Snapshot snapshot, EntitySchema entities) {
        try {
            return Optional.of(SnapshotComparison.diff(snapshot, entities, reporter));
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
