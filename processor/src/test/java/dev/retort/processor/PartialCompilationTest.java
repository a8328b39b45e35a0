package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.annotations.Revision;
import dev.retort.processor.ThrowawayProject.Build;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds that compile only some files of the shop, as IDEs, Eclipse, Maven without incremental compilation or a plain
 * {@code javac} of one file do, with the classes of the full build on the class path. They must generate what a full
 * build would: nothing when nothing changed, exactly the change when one entity changed, and never drop the tables of
 * the entities they did not compile, nor forget revisions in the index.
 */
class PartialCompilationTest {

    private static final String SNAPSHOT = "com/shop/migrations/retort-snapshot.json";
    private static final List<String> PACKAGE_OPTION = List.of("-Aretort.package=" + Shop.MIGRATIONS);

    @TempDir
    Path directory;

    private ThrowawayProject project;
    private Build second;
    private byte[] firstSnapshot;

    /** The shop after its second full build: two revisions, three entities. */
    @BeforeEach
    void buildTwice() throws IOException {
        project = new ThrowawayProject(directory.resolve("shop"));
        Shop.writeFirstVersion(project);
        succeeded(project.compile("2026-03-02T09:15:00Z"));
        firstSnapshot = Files.readAllBytes(snapshotFile());
        Shop.writeSecondVersion(project);
        second = succeeded(project.compile("2026-03-09T14:40:00Z"));
        assertEquals(2, second.indexedRevisions().size());
        assertEquals(Map.of("customers", Shop.CUSTOMER, "order", Shop.ORDER, "shipments", Shop.SHIPMENT),
                snapshot().entities());
    }

    static Stream<Arguments> entitiesWithAndWithoutPackageOption() {
        List<Arguments> arguments = new ArrayList<>();
        for (String entity : List.of(Shop.CUSTOMER, Shop.ORDER, Shop.SHIPMENT)) {
            arguments.add(Arguments.of(entity, List.of()));
            arguments.add(Arguments.of(entity, PACKAGE_OPTION));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("entitiesWithAndWithoutPackageOption")
    void compilingOnlyOneUnchangedEntityGeneratesNothing(String entity, List<String> options) throws IOException {
        Map<String, String> sources = project.sourceTree();
        byte[] snapshot = Files.readAllBytes(snapshotFile());

        Build build = project.compileOnly("2026-03-10T08:00:00Z", second, options, entity);

        assertTrue(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        assertFalse(build.hasDiagnosticContaining("[RT900"), ThrowawayProject.describe(build.diagnostics()));
        assertEquals(List.of(), build.diagnostics());
        assertEquals(sources, project.sourceTree(), "no file written into the source tree");
        assertArrayEquals(snapshot, Files.readAllBytes(snapshotFile()));
        assertEquals(second.indexedRevisions(), build.indexedRevisions(), "the new index lists every revision");
        assertTrue(Files.isRegularFile(build.classes().resolve(entity.replace('.', '/') + ".class")));
    }

    @Test
    void recompilingOnlyOneEntityIntoTheSameClassesKeepsTheIndex() throws IOException {
        Map<String, String> sources = project.sourceTree();
        List<String> indexed = second.indexedRevisions();

        Build build = project.recompileOnly("2026-03-10T08:00:00Z", second, List.of(), Shop.CUSTOMER);

        assertTrue(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        assertEquals(List.of(), build.diagnostics());
        assertEquals(sources, project.sourceTree());
        assertEquals(second.classes(), build.classes());
        assertEquals(indexed, build.indexedRevisions(), "the index is rewritten with every revision");
    }

    @Test
    void recompilingOnlyARevisionIntoTheSameClassesKeepsTheIndex() {
        List<String> indexed = second.indexedRevisions();
        String revision = indexed.get(0);

        Build build = project.recompileOnly("2026-03-10T08:00:00Z", second, List.of(), revision);

        assertTrue(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        assertEquals(List.of(), build.diagnostics());
        assertEquals(indexed, build.indexedRevisions(), "the index still lists the revision not compiled");
    }

    @Test
    void deletingAnEntityDropsItsTable() throws Exception {
        Snapshot before = snapshot();
        project.delete(Shop.SHIPMENT);

        Build build = succeeded(project.compile("2026-03-10T08:00:00Z"));

        String className = onlyNewRevision(build);
        Snapshot after = snapshot();
        assertEquals(before.schema().without("shipments"), after.schema());
        assertEquals(Map.of("customers", Shop.CUSTOMER, "order", Shop.ORDER), after.entities());
        assertEquals(List.of(before.revision().orElseThrow()), List.of(revision(build, className).parents()));
    }

    static Stream<Arguments> changes() {
        Column phone = new Column("phone", ColumnType.VARCHAR(30), true, false);
        Column note = new Column("note", ColumnType.VARCHAR(255), true, false);
        List<Arguments> arguments = new ArrayList<>();
        for (List<String> options : List.of(List.<String>of(), PACKAGE_OPTION)) {
            arguments.add(Arguments.of(Shop.CUSTOMER, "customers", phone, options));
            arguments.add(Arguments.of(Shop.SHIPMENT, "shipments", note, options));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("changes")
    void changingOneEntityAndCompilingOnlyItGeneratesExactlyThatChange(String entity, String table, Column added,
            List<String> options) throws Exception {
        Snapshot before = snapshot();
        addField(entity, added);
        Map<String, String> sources = project.sourceTree();

        Build build = project.compileOnly("2026-03-10T08:00:00Z", second, options, entity);

        assertTrue(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        String className = onlyNewRevision(build);
        assertTrue(build.diagnostics().get(0).contains("(add column " + table + "." + added.name() + ")"),
                build.diagnostics().get(0));
        Map<String, String> changed = new TreeMap<>(project.sourceTree());
        changed.keySet().removeAll(List.of("com/shop/migrations/" + className + ".java", SNAPSHOT));
        Map<String, String> unchanged = new TreeMap<>(sources);
        unchanged.remove(SNAPSHOT);
        assertEquals(unchanged, changed, "only the revision and the snapshot are written");

        Snapshot after = snapshot();
        Table old = before.schema().requireTable(table);
        List<Column> columns = new ArrayList<>(old.columns());
        columns.add(added);
        assertEquals(before.schema().with(old.withColumns(columns)), after.schema());
        assertEquals(before.entities(), after.entities());
        Revision revision = revision(build, className);
        assertEquals(after.revision().orElseThrow(), revision.id());
        assertEquals(List.of(before.revision().orElseThrow()), List.of(revision.parents()));

        List<String> indexed = new ArrayList<>(second.indexedRevisions());
        indexed.add(Shop.MIGRATIONS + "." + className);
        assertEquals(indexed, build.indexedRevisions());
    }

    @Test
    void aSnapshotBehindThePreviousBuildsRevisionsFailsAPartialCompile() throws IOException {
        String head = snapshot().revision().orElseThrow();
        Files.write(snapshotFile(), firstSnapshot);
        String firstRevision = snapshot().revision().orElseThrow();
        addField(Shop.CUSTOMER, new Column("phone", ColumnType.VARCHAR(30), true, false));
        Map<String, String> sources = project.sourceTree();

        Build build = project.compileOnly("2026-03-10T08:00:00Z", second, List.of(), Shop.CUSTOMER);

        assertFalse(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        assertTrue(build.hasDiagnosticContaining("[RT004 SnapshotOutOfStep] the snapshot "), build.diagnostics()
                .toString());
        assertTrue(build.hasDiagnosticContaining(" is at revision " + firstRevision + ", which is not a head of the "
                + "revisions in the previous build (heads: " + head + ")"), build.diagnostics().toString());
        assertEquals(sources, project.sourceTree(), "nothing written");
    }

    @Test
    void aDependencysRevisionsAreNotThisModules() throws IOException {
        ThrowawayProject app = new ThrowawayProject(directory.resolve("app"));
        app.source("com.app.Invoice",
                "package com.app;",
                "",
                "import jakarta.persistence.*;",
                "",
                "@Entity",
                "public class Invoice {",
                "    @Id private Long id;",
                "}");

        Build build = app.compileOnly("2026-03-10T08:00:00Z", second, List.of(), "com.app.Invoice");

        assertTrue(build.succeeded(), ThrowawayProject.describe(build.diagnostics()));
        assertEquals(1, build.diagnostics().size(), ThrowawayProject.describe(build.diagnostics()));
        Map<String, String> files = app.packageFiles("com.app.migrations");
        assertEquals(2, files.size(), files.keySet().toString());
        String className = files.keySet().stream().filter(f -> f.endsWith(".java")).findFirst().orElseThrow()
                .replace(".java", "");
        assertEquals(List.of("com.app.migrations." + className), build.indexedRevisions());
        assertEquals(Map.of(), app.packageFiles(Shop.MIGRATIONS));
    }

    /** Adds {@code column} as a field of the Customer or Shipment entity. */
    private void addField(String entity, Column column) {
        int length = Integer.parseInt(column.type().toString().replaceAll("\\D", ""));
        String[] field = {"", "    @Column(length = " + length + ")", "    private String " + column.name() + ";"};
        if (entity.equals(Shop.CUSTOMER)) {
            Shop.writeCustomer(project, field);
        } else {
            Shop.writeShipment(project, field);
        }
    }

    /** The one revision {@code build} wrote, which it reported, into the migrations package. */
    private String onlyNewRevision(Build build) {
        assertEquals(1, build.diagnostics().size(), ThrowawayProject.describe(build.diagnostics()));
        assertTrue(build.diagnostics().get(0).startsWith("NOTE: [RT900 RevisionGenerated] wrote "),
                build.diagnostics().get(0));
        Path migrations = project.sourceRoot().resolve("com/shop/migrations");
        List<String> revisions = project.packageFiles(Shop.MIGRATIONS).keySet().stream()
                .filter(name -> name.endsWith(".java"))
                .filter(name -> !second.indexedRevisions().contains(Shop.MIGRATIONS + "." + name.replace(".java", "")))
                .toList();
        assertEquals(1, revisions.size(), "new revisions in " + migrations + ": " + revisions);
        return revisions.get(0).replace(".java", "");
    }

    /** The {@code @Revision} of a class {@code build} compiled, with the earlier classes behind it. */
    private Revision revision(Build build, String className) throws IOException, ClassNotFoundException {
        URL[] classPath = {build.classes().toUri().toURL(), second.classes().toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(classPath, getClass().getClassLoader())) {
            Revision revision = Class.forName(Shop.MIGRATIONS + "." + className, false, loader)
                    .getAnnotation(Revision.class);
            assertTrue(revision != null, className + " has no @Revision");
            return revision;
        }
    }

    private Snapshot snapshot() {
        try {
            return SnapshotReader.read(snapshotFile());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Path snapshotFile() {
        return project.sourceRoot().resolve(SNAPSHOT);
    }

    private static Build succeeded(Build build) {
        assertTrue(build.succeeded(), "compilation failed:\n" + ThrowawayProject.describe(build.diagnostics()));
        return build;
    }
}
