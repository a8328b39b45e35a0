package dev.retort.processor;

import dev.retort.operation.Operation;
import dev.retort.processor.entity.EntitySchema;
import dev.retort.processor.output.Locations;
import dev.retort.processor.output.RevisionWriter;
import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.revision.RevisionModel;
import dev.retort.processor.revision.RevisionPlanner;
import dev.retort.processor.revision.RevisionSource;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotWriter;
import dev.retort.schema.Schema;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** {@code -Aretort.mode=generate}: writes the next revision and the snapshot it leads to. */
final class RevisionGenerator {

    private final ProcessingEnvironment env;
    private final Options options;
    private final Reporter reporter;

    RevisionGenerator(ProcessingEnvironment env, Options options, Reporter reporter) {
        this.env = env;
        this.options = options;
        this.reporter = reporter;
    }

    /**
     * @param entitySchema the schema the revision leads to, and the entity of each of its tables
     * @param entities the entities of this compilation, which the revision is generated from
     */
    void generate(List<Operation> upgrade, Snapshot snapshot, EntitySchema entitySchema, List<TypeElement> entities,
            Locations locations, KnownRevisions known) {
        requireInStep(snapshot, known, locations);
        RevisionModel revision = RevisionPlanner.plan(locations.migrationsPackage(), snapshot.revision().stream().toList(),
                options.message(), upgrade, options.now(), name -> isTaken(locations, name));
        String source = RevisionSource.of(revision).toString();
        String updated = SnapshotWriter.toJson(
                new Snapshot(Optional.of(revision.id()), after(snapshot, upgrade), entitySchema.entityNames(),
                        entitySchema.enums()));
        if (reporter.hasErrors()) {
            return;
        }
        boolean written = new RevisionWriter(env.getFiler(), reporter).write(revision.qualifiedName(), source,
                locations.revisionFile(revision.className()), locations.snapshot(), updated, entities);
        if (written) {
            reporter.report(Message.REVISION_GENERATED, Locations.display(locations.revisionFile(revision.className())),
                    revision.message(), Locations.display(locations.snapshot()));
        }
    }

    /**
     * The schema the revisions create once this one is applied: the entities' schema, except that added columns come
     * last, as databases append them. The snapshot records that, so that it describes the real tables.
     */
    private static Schema after(Snapshot snapshot, List<Operation> upgrade) {
        Schema schema = snapshot.schema();
        for (Operation operation : upgrade) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    // The new revision's parent is the snapshot's revision: it must be the newest of its branch, or the history forks.
    // The revisions of the previous build count too, so that a build of only some files cannot fork it either.
    private void requireInStep(Snapshot snapshot, KnownRevisions known, Locations locations) {
        if (known.isEmpty()) {
            return;
        }
        SortedSet<String> heads = known.heads();
        String snapshotName = Locations.display(locations.snapshot());
        KnownRevisions.Origin origin = known.origin();
        snapshot.revision().ifPresentOrElse(
                revision -> {
                    if (!heads.contains(revision)) {
                        reporter.report(Message.SNAPSHOT_OUT_OF_STEP, snapshotName, "is at revision " + revision
                                + ", which is not a head of the revisions in " + origin + " (heads: "
                                + String.join(", ", heads) + ")");
                    }
                },
                () -> reporter.report(Message.SNAPSHOT_OUT_OF_STEP, snapshotName,
                        "names no revision, but " + origin.has() + " revisions (heads: " + String.join(", ", heads)
                                + ")"));
    }

    private boolean isTaken(Locations locations, String className) {
        String packageName = locations.migrationsPackage();
        String qualifiedName = packageName.isEmpty() ? className : packageName + "." + className;
        return env.getElementUtils().getTypeElement(qualifiedName) != null
                || Files.exists(locations.revisionFile(className));
    }
}
