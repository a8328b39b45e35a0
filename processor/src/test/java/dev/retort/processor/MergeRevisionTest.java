package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.dialect.Dialect;
import dev.retort.diff.SchemaDiff;
import dev.retort.processor.ThrowawayProject.Build;
import dev.retort.processor.output.Locations;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.processor.snapshot.SnapshotWriter;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two developers branch off the shop's first revision: one gives customers a phone, the other adds shipments. Each
 * build writes a revision on its branch and rewrites the snapshot; git merges the revision files without trouble, and
 * the snapshot with a conflict that a developer resolves. The next build must write a merge revision that follows
 * both heads, but only once it has replayed both branches' revisions and found the resolved snapshot equal to the
 * schema they produce.
 */
class MergeRevisionTest {

    private static final String MIGRATIONS = Shop.MIGRATIONS.replace('.', '/');
    private static final String MERGE_CLOCK = "2026-03-05T12:00:00Z";

    @TempDir
    Path directory;

    private ThrowawayProject project;
    private Snapshot baseSnapshot;
    private Branch phone;
    private Branch shipments;

    /** What a branch adds to the base: its revision file, its entity change, and the snapshot it ends with. */
    private record Branch(String revisionFile, String revisionSource, Runnable entityChange, Snapshot snapshot) {

        String id() {
            return snapshot.revision().orElseThrow();
        }

        String className() {
            return Shop.MIGRATIONS + "." + revisionFile.replace(".java", "");
        }
    }

    @BeforeEach
    void branchOffTheFirstRevision() throws IOException {
        project = new ThrowawayProject(directory.resolve("shop"));
        Shop.writeFirstVersion(project);
        succeeded(project.compile("2026-03-02T09:15:00Z"));
        baseSnapshot = readSnapshot();
        phone = branch("2026-03-03T10:00:00Z", this::givePhones);
        shipments = branch("2026-03-04T11:00:00Z", () -> Shop.writeShipment(project));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aWellMergedSnapshotGetsAnEmptyMergeRevisionThatTheRuntimeApplies(TestDatabase.Kind kind) throws Exception {
        mergeBothBranches(resolvedSnapshot());
        Map<String, String> before = project.packageFiles(Shop.MIGRATIONS);

        Build merge = succeeded(project.compile(MERGE_CLOCK));

        String mergeFile = onlyNewJavaFile(before, project.packageFiles(Shop.MIGRATIONS));
        assertTrue(mergeFile.startsWith("V20260305_1200_Merge"), mergeFile);
        assertEquals(1, merge.diagnostics().size(), ThrowawayProject.describe(merge.diagnostics()));
        assertTrue(merge.hasDiagnosticContaining("[RT900 RevisionGenerated] wrote "), merge.diagnostics().get(0));
        String source = read(migrations().resolve(mergeFile));
        List<String> heads = new ArrayList<>(new TreeSet<>(List.of(phone.id(), shipments.id())));
        assertTrue(source.contains("parents = {\"" + heads.get(0) + "\", \"" + heads.get(1) + "\"}, "
                + "message = \"merge " + heads.get(0) + " and " + heads.get(1) + "\")"), source);
        assertTrue(source.contains("    public void upgrade(Operations op) {\n"
                + "        // Joins the branches of the history; nothing else changes.\n    }"), source);
        Snapshot snapshot = readSnapshot();
        assertEquals(resolvedSnapshot().schema(), snapshot.schema());
        assertEquals(resolvedSnapshot().entities(), snapshot.entities());
        String mergeId = snapshot.revision().orElseThrow();
        assertTrue(source.contains("id = \"" + mergeId + "\""), source);

        Map<String, String> tree = project.sourceTree();
        Build again = succeeded(project.compile("2026-03-06T08:00:00Z"));
        assertEquals(List.of(), again.diagnostics());
        assertEquals(tree, project.sourceTree(), "a build after the merge writes nothing");

        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader classes = new URLClassLoader(new URL[] {again.classes().toUri().toURL()},
                        MergeRevisionTest.class.getClassLoader())) {
            Retort retort = Retort.at(database.url()).withClassLoader(classes);
            assertEquals(List.of(mergeId), ids(retort.heads()));
            assertEquals(4, retort.upgrade("head").size());
            assertEquals(List.of(mergeId), ids(retort.current()));
            try (Connection connection = database.connect()) {
                Dialect dialect = Dialect.of(connection);
                assertEquals(List.of(), SchemaDiff.diff(dialect.normalize(snapshot.schema()),
                        dialect.readSchema(connection)), "the database has the schema of the snapshot");
            }
            assertEquals(List.of(mergeId), ids(retort.downgrade("-1")));
            assertEquals(Set.copyOf(heads), Set.copyOf(ids(retort.current())), "undoing the merge parts the heads");
        }
    }

    @Test
    void aBuildOfOneEntityMergesWithTheRevisionsOfThePreviousBuild() {
        mergeBothBranches(resolvedSnapshot());
        Build withoutProcessing = succeeded(project.compile("2026-03-05T11:00:00Z", List.of("-Aretort.mode=off")));
        Map<String, String> before = project.packageFiles(Shop.MIGRATIONS);

        Build build = succeeded(project.recompileOnly(MERGE_CLOCK, withoutProcessing, List.of(), Shop.CUSTOMER));

        String source = read(migrations().resolve(onlyNewJavaFile(before, project.packageFiles(Shop.MIGRATIONS))));
        assertTrue(source.contains("parents = {"), source);
        assertEquals(4, build.indexedRevisions().size(), "the index lists the merge and the three revisions before it");
        assertEquals(resolvedSnapshot().schema(), readSnapshot().schema());
    }

    @Test
    void whatElseChangedInTheEntitiesGoesIntoTheMergeRevision() {
        mergeBothBranches(resolvedSnapshot());
        Shop.writeSecondVersion(project);
        Map<String, String> before = project.packageFiles(Shop.MIGRATIONS);

        succeeded(project.compile(MERGE_CLOCK));

        String source = read(migrations().resolve(onlyNewJavaFile(before, project.packageFiles(Shop.MIGRATIONS))));
        assertTrue(source.contains("message = \"merge "), source);
        assertTrue(source.contains("; add column order.couponCode and 1 more change\")"), source);
        assertTrue(source.contains("op.addColumn(\"order\", \"couponCode\", VARCHAR(40));"), source);
        assertTrue(source.contains("op.dropColumn(\"order\", \"couponCode\");"), source);
        assertTrue(readSnapshot().schema().requireTable("order").column("couponCode").isPresent());
    }

    @Test
    void aSnapshotResolvedToOneSideFailsAndSaysWhatItLacks() {
        mergeBothBranches(phone.snapshot());
        Map<String, String> tree = project.sourceTree();

        Build build = project.compile(MERGE_CLOCK);

        assertFalse(build.succeeded());
        assertEquals(1, build.diagnostics().size(), ThrowawayProject.describe(build.diagnostics()));
        String error = build.diagnostics().get(0);
        assertTrue(error.startsWith("ERROR: [RT305 MergeSnapshotMismatch] cannot merge heads "), error);
        assertTrue(error.contains(phone.id() + " (" + phone.className() + ")"), error);
        assertTrue(error.contains(shipments.id() + " (" + shipments.className() + ")"), error);
        assertTrue(error.contains(": the snapshot " + snapshotFile() + " is not the schema their revisions produce; "
                + "to match them it needs: create table shipments. The snapshot was probably merged by hand (a git "
                + "conflict): resolve it again so that it holds the tables of both branches, then build again"), error);
        assertEquals(tree, project.sourceTree(), "nothing is written");
    }

    @Test
    void aSnapshotThatLostAColumnFailsToo() {
        Schema withoutPhone = replace(resolvedSnapshot().schema(), baseSnapshot.schema().requireTable("customers"));
        mergeBothBranches(new Snapshot(Optional.of(shipments.id()), withoutPhone, resolvedSnapshot().entities()));

        Build build = project.compile(MERGE_CLOCK);

        assertFalse(build.succeeded());
        assertTrue(build.hasDiagnosticContaining("to match them it needs: add column customers.phone."),
                ThrowawayProject.describe(build.diagnostics()));
    }

    @Test
    void aSnapshotAtNeitherHeadIsOutOfStep() {
        Snapshot resolved = resolvedSnapshot();
        mergeBothBranches(new Snapshot(baseSnapshot.revision(), resolved.schema(), resolved.entities()));

        Build build = project.compile(MERGE_CLOCK);

        assertFalse(build.succeeded());
        assertTrue(build.hasDiagnosticContaining("[RT004 SnapshotOutOfStep]"),
                ThrowawayProject.describe(build.diagnostics()));
        assertTrue(build.hasDiagnosticContaining("is at revision " + baseSnapshot.revision().orElseThrow()
                + ", which is not a head"), ThrowawayProject.describe(build.diagnostics()));
    }

    @Test
    void checkModeFailsOnSeveralHeads() {
        mergeBothBranches(resolvedSnapshot());
        Map<String, String> tree = project.sourceTree();

        Build build = project.compile(MERGE_CLOCK, List.of("-Aretort.mode=check"));

        assertFalse(build.succeeded());
        assertEquals(1, build.diagnostics().size(), ThrowawayProject.describe(build.diagnostics()));
        assertTrue(build.diagnostics().get(0).startsWith("ERROR: [RT304 SeveralHeads] the revisions have 2 heads, "),
                build.diagnostics().get(0));
        assertTrue(build.hasDiagnosticContaining("build without -Aretort.mode=check to generate the merge revision"),
                build.diagnostics().get(0));
        assertEquals(tree, project.sourceTree());
    }

    @Test
    void branchesWhoseRevisionsConflictCannotBeMerged() {
        Branch otherPhone = branch("2026-03-04T11:30:00Z", () -> Shop.writeCustomer(project,
                "    @Column(length = 40)",
                "    private String phone;"));
        writeRevision(phone);
        writeRevision(otherPhone);
        givePhones();
        writeSnapshot(phone.snapshot());

        Build build = project.compile(MERGE_CLOCK);

        assertFalse(build.succeeded());
        String error = ThrowawayProject.describe(build.diagnostics());
        assertTrue(error.contains("[RT306 MergeReplayFailed] cannot merge heads "), error);
        assertTrue(error.contains("the upgrade of revision " + otherPhone.id() + " (" + otherPhone.className()
                + ") fails when it runs after the revisions before it, in the order a database applies them: "), error);
        assertTrue(error.contains("phone"), error);
    }

    @Test
    void aLineWithABranchLabelOfItsOwnIsNotMergedWithTheOthers() throws IOException {
        handWritten("V20260303_0800_StartBilling", "billing_start", "", "billing");
        mergeBothBranches(resolvedSnapshot());
        Map<String, String> before = project.packageFiles(Shop.MIGRATIONS);

        Build merge = succeeded(project.compile(MERGE_CLOCK));

        String source = read(migrations().resolve(onlyNewJavaFile(before, project.packageFiles(Shop.MIGRATIONS))));
        List<String> heads = new ArrayList<>(new TreeSet<>(List.of(phone.id(), shipments.id())));
        assertTrue(source.contains("parents = {\"" + heads.get(0) + "\", \"" + heads.get(1) + "\"}"), source);
        assertFalse(source.contains("billing_start"), source);
        String mergeId = readSnapshot().revision().orElseThrow();
        try (URLClassLoader classes = new URLClassLoader(new URL[] {merge.classes().toUri().toURL()},
                MergeRevisionTest.class.getClassLoader())) {
            Retort retort = Retort.offline().withClassLoader(classes);
            assertEquals(Set.of("billing_start", mergeId), Set.copyOf(ids(retort.heads())), "two lines, two heads");
            assertEquals(List.of("billing"), retort.show("billing@head").revision().branchLabels());
        }
    }

    @Test
    void aForkedLabelledLineIsMergedAndTheSnapshotStaysOnItsOwnLine() throws IOException {
        String main = baseSnapshot.revision().orElseThrow();
        handWritten("V20260303_0800_StartBilling", "b1", "", "billing");
        handWritten("V20260304_0800_InvoiceNumbers", "b2a", "b1", "");
        handWritten("V20260304_0900_InvoiceDates", "b2b", "b1", "");
        Map<String, String> tree = project.sourceTree();
        String snapshotBefore = read(snapshotFile());

        Build check = project.compile(MERGE_CLOCK, List.of("-Aretort.mode=check"));
        assertFalse(check.succeeded());
        assertEquals(1, check.diagnostics().size(), ThrowawayProject.describe(check.diagnostics()));
        assertTrue(check.diagnostics().get(0).startsWith("ERROR: [RT304 SeveralHeads] the revisions have 2 heads, b2a ("
                + Shop.MIGRATIONS + ".V20260304_0800_InvoiceNumbers) and b2b (" + Shop.MIGRATIONS
                + ".V20260304_0900_InvoiceDates) on the line labelled billing: "), check.diagnostics().get(0));
        assertEquals(tree, project.sourceTree());

        Build merge = succeeded(project.compile(MERGE_CLOCK));

        String mergeFile = onlyNewJavaFile(tree.entrySet().stream()
                .filter(file -> file.getKey().startsWith(MIGRATIONS + "/"))
                .collect(HashMap::new, (map, file) -> map.put(file.getKey().substring(MIGRATIONS.length() + 1),
                        file.getValue()), HashMap::putAll), project.packageFiles(Shop.MIGRATIONS));
        String source = read(migrations().resolve(mergeFile));
        assertTrue(source.contains("parents = {\"b2a\", \"b2b\"}, message = \"merge b2a and b2b\")"), source);
        assertEquals(List.of("NOTE: [RT901 LineMerged] wrote " + Locations.display(migrations().resolve(mergeFile))
                + " (merge b2a and b2b) to join the heads of the line labelled billing; the snapshot stays at revision "
                + main + ", on its own line"), merge.diagnostics());
        assertEquals(snapshotBefore, read(snapshotFile()), "the snapshot is not touched");

        Map<String, String> merged = project.sourceTree();
        Build again = succeeded(project.compile("2026-03-06T08:00:00Z"));
        assertEquals(List.of(), again.diagnostics());
        assertEquals(merged, project.sourceTree(), "a build after the merge writes nothing");
        try (URLClassLoader classes = new URLClassLoader(new URL[] {again.classes().toUri().toURL()},
                MergeRevisionTest.class.getClassLoader())) {
            List<RevisionInfo> heads = Retort.offline().withClassLoader(classes).heads();
            assertEquals(2, heads.size(), heads.toString());
            assertTrue(ids(heads).contains(main), heads.toString());
        }
    }

    /** A revision written by hand, with no operations: {@code parent} and {@code label} may be empty. */
    private void handWritten(String className, String id, String parent, String label) {
        project.source(Shop.MIGRATIONS + "." + className,
                "package " + Shop.MIGRATIONS + ";",
                "",
                "import dev.retort.Migration;",
                "import dev.retort.Operations;",
                "import dev.retort.annotations.Revision;",
                "",
                "@Revision(id = \"" + id + "\"" + (parent.isEmpty() ? "" : ", parents = \"" + parent + "\"")
                        + (label.isEmpty() ? "" : ", branchLabels = \"" + label + "\"") + ", message = \"" + className
                        + "\")",
                "public final class " + className + " implements Migration {",
                "    @Override",
                "    public void upgrade(Operations op) {}",
                "",
                "    @Override",
                "    public void downgrade(Operations op) {}",
                "}");
    }

    /** The snapshot a developer gets by keeping both sides of the conflict: shipments, and customers with phones. */
    private Snapshot resolvedSnapshot() {
        Schema schema = replace(shipments.snapshot().schema(), phone.snapshot().schema().requireTable("customers"));
        Map<String, String> entities = new HashMap<>(phone.snapshot().entities());
        entities.putAll(shipments.snapshot().entities());
        return new Snapshot(Optional.of(phone.id()), schema, entities);
    }

    private static Schema replace(Schema schema, Table table) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.removeIf(t -> t.name().equals(table.name()));
        tables.add(table);
        return new Schema(tables);
    }

    /** Both revision files and both entity changes, as git merges them, and the snapshot as resolved. */
    private void mergeBothBranches(Snapshot resolved) {
        writeRevision(phone);
        writeRevision(shipments);
        phone.entityChange().run();
        shipments.entityChange().run();
        writeSnapshot(resolved);
    }

    /** Makes a change on the base, builds, keeps what the build wrote, and puts the base back. */
    private Branch branch(String clock, Runnable entityChange) {
        Map<String, String> base = project.sourceTree();
        entityChange.run();
        succeeded(project.compile(clock));
        Map<String, String> after = project.packageFiles(Shop.MIGRATIONS);
        Map<String, String> baseMigrations = new HashMap<>();
        base.forEach((path, text) -> {
            if (path.startsWith(MIGRATIONS + "/")) {
                baseMigrations.put(path.substring(MIGRATIONS.length() + 1), text);
            }
        });
        String revisionFile = onlyNewJavaFile(baseMigrations, after);
        Branch branch = new Branch(revisionFile, after.get(revisionFile), entityChange,
                readSnapshot());
        restore(base);
        return branch;
    }

    private void restore(Map<String, String> tree) {
        Map<String, String> now = project.sourceTree();
        try {
            for (String path : now.keySet()) {
                if (!tree.containsKey(path)) {
                    Files.delete(project.sourceRoot().resolve(path));
                }
            }
            for (Map.Entry<String, String> file : tree.entrySet()) {
                Files.writeString(project.sourceRoot().resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(tree, project.sourceTree());
    }

    /** Branch one's change: customers get a phone number. */
    private void givePhones() {
        Shop.writeCustomer(project,
                "    @Column(length = 30)",
                "    private String phone;");
    }

    private void writeRevision(Branch branch) {
        write(migrations().resolve(branch.revisionFile()), branch.revisionSource());
    }

    private void writeSnapshot(Snapshot snapshot) {
        write(snapshotFile(), SnapshotWriter.toJson(snapshot));
    }

    private Snapshot readSnapshot() {
        try {
            return SnapshotReader.read(snapshotFile());
        } catch (SnapshotException e) {
            throw new AssertionError(e);
        }
    }

    private Path migrations() {
        return project.sourceRoot().resolve(MIGRATIONS);
    }

    private Path snapshotFile() {
        return migrations().resolve("retort-snapshot.json");
    }

    private static String onlyNewJavaFile(Map<String, String> before, Map<String, String> after) {
        List<String> added = after.keySet().stream()
                .filter(name -> name.endsWith(".java") && !before.containsKey(name))
                .toList();
        assertEquals(1, added.size(), "new revision files: " + added);
        return added.get(0);
    }

    private static Build succeeded(Build build) {
        assertTrue(build.succeeded(), "compilation failed:\n" + ThrowawayProject.describe(build.diagnostics()));
        return build;
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    private static String read(Path file) {
        return ThrowawayProject.read(file);
    }

    private static void write(Path file, String contents) {
        try {
            Files.writeString(file, contents, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
