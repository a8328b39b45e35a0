package dev.retort.processor;

import dev.retort.operation.Operation;
import dev.retort.processor.entity.EntitySchema;
import dev.retort.processor.output.Locations;
import dev.retort.processor.output.RevisionWriter;
import dev.retort.processor.revision.MergeMessage;
import dev.retort.processor.revision.RevisionModel;
import dev.retort.processor.revision.RevisionPlanner;
import dev.retort.processor.revision.RevisionSource;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotWriter;
import dev.retort.schema.Schema;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** {@code -Aretort.mode=generate}: writes the next revision and the snapshot it leads to. */
final class RevisionGenerator {

    /**
     * What the next revision follows.
     *
     * @param parents the snapshot's revision; or, for a merge, every head
     * @param schema the schema those parents produce
     */
    record Base(List<String> parents, Schema schema) {

        Base {
            parents = List.copyOf(parents);
        }

        static Base of(Snapshot snapshot) {
            return new Base(snapshot.revision().stream().toList(), snapshot.schema());
        }
    }

    private final ProcessingEnvironment env;
    private final Options options;
    private final Reporter reporter;

    RevisionGenerator(ProcessingEnvironment env, Options options, Reporter reporter) {
        this.env = env;
        this.options = options;
        this.reporter = reporter;
    }

    /**
     * @param message the revision's message; derived from its operations when absent
     * @param entitySchema the schema the revision leads to, and the entity of each of its tables
     * @param entities the entities of this compilation, which the revision is generated from
     */
    void generate(Base base, List<Operation> upgrade, Optional<String> message, EntitySchema entitySchema,
            List<TypeElement> entities, Locations locations) {
        RevisionModel revision = RevisionPlanner.plan(locations.migrationsPackage(), base.parents(), message, upgrade,
                options.now(), name -> isTaken(locations, name));
        String source = RevisionSource.of(revision).toString();
        String updated = SnapshotWriter.toJson(
                new Snapshot(Optional.of(revision.id()), after(base.schema(), upgrade), entitySchema.entityNames(),
                        entitySchema.enums(), entitySchema.subclassNames()));
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
     * Writes the merge of the heads of a line of the history other than the snapshot's: it changes no schema, and the
     * snapshot stays at its revision, where the entities' next changes go.
     *
     * @param line the line, as messages name it
     * @param entities the entities of this compilation, which the build was run for
     */
    void generateMerge(List<String> heads, String line, String snapshotRevision, List<TypeElement> entities,
            Locations locations) {
        RevisionModel revision = RevisionPlanner.plan(locations.migrationsPackage(), heads,
                Optional.of(MergeMessage.of(heads, List.of())), List.of(), options.now(),
                name -> isTaken(locations, name));
        String source = RevisionSource.of(revision).toString();
        if (reporter.hasErrors()) {
            return;
        }
        boolean written = new RevisionWriter(env.getFiler(), reporter).writeRevisionOnly(revision.qualifiedName(),
                source, locations.revisionFile(revision.className()), entities);
        if (written) {
            reporter.report(Message.LINE_MERGED, Locations.display(locations.revisionFile(revision.className())),
                    revision.message(), line, snapshotRevision);
        }
    }

    /**
     * The schema the revisions create once this one is applied: the entities' schema, except that added columns come
     * last, as databases append them. The snapshot records that, so that it describes the real tables.
     */
    private static Schema after(Schema before, List<Operation> upgrade) {
        Schema schema = before;
        for (Operation operation : upgrade) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    private boolean isTaken(Locations locations, String className) {
        String packageName = locations.migrationsPackage();
        String qualifiedName = packageName.isEmpty() ? className : packageName + "." + className;
        return env.getElementUtils().getTypeElement(qualifiedName) != null
                || Files.exists(locations.revisionFile(className));
    }
}
