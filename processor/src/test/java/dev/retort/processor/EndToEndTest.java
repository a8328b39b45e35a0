package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.annotations.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.diff.SchemaDiff;
import dev.retort.processor.ThrowawayProject.Build;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user's build, end to end: a throwaway module is compiled with the system javac and the processor, an entity
 * changes, it is compiled again, and again without changes; the generated revisions then run on live databases.
 */
class EndToEndTest {

    private static final String SNAPSHOT = "retort-snapshot.json";

    @TempDir
    static Path directory;

    private static ThrowawayProject project;
    private static Build first;
    private static Build second;
    private static Build third;
    /** The files of the migrations package after each build, by name. */
    private static Map<String, String> afterFirst;
    private static Map<String, String> afterSecond;
    private static Map<String, String> afterThird;
    /** Copies of the snapshot file after the first and second builds. */
    private static Path firstSnapshot;
    private static byte[] secondSnapshotBytes;

    @BeforeAll
    static void buildThreeTimes() throws IOException {
        project = new ThrowawayProject(directory.resolve("shop"));
        Path migrations = project.sourceRoot().resolve(Shop.MIGRATIONS.replace('.', '/'));

        Shop.writeFirstVersion(project);
        first = compile("2026-03-02T09:15:00Z");
        afterFirst = project.packageFiles(Shop.MIGRATIONS);
        firstSnapshot = Files.copy(migrations.resolve(SNAPSHOT), directory.resolve("first-snapshot.json"));

        Shop.writeSecondVersion(project);
        second = compile("2026-03-09T14:40:00Z");
        afterSecond = project.packageFiles(Shop.MIGRATIONS);
        secondSnapshotBytes = Files.readAllBytes(migrations.resolve(SNAPSHOT));

        third = compile("2026-03-10T08:00:00Z");
        afterThird = project.packageFiles(Shop.MIGRATIONS);
    }

    @Test
    void firstBuildWritesTheFirstRevisionAndSnapshot() throws Exception {
        assertEquals(2, afterFirst.size(), "files: " + afterFirst.keySet());
        assertTrue(afterFirst.containsKey(SNAPSHOT), "files: " + afterFirst.keySet());
        String revisionFile = onlyJavaFile(afterFirst.keySet());
        assertTrue(revisionFile.startsWith("V20260302_0915_"), revisionFile);
        String className = revisionFile.replace(".java", "");
        assertRevisionNote(first, revisionFile);
        assertTrue(Files.isRegularFile(first.classes().resolve("com/shop/migrations/" + className + ".class")));
        assertEquals(List.of(qualified(className)), first.indexedRevisions());

        RevisionInfo revision = revision(first, className);
        assertEquals(List.of(), revision.parents());
        Snapshot snapshot = SnapshotReader.read(firstSnapshot);
        assertEquals(revision.id(), snapshot.revision().orElseThrow());
        assertEquals(Replay.columnsByName(Shop.firstSchema()), Replay.columnsByName(snapshot.schema()));
    }

    @Test
    void secondBuildWritesOneRevisionOnTopOfTheFirst() throws Exception {
        Set<String> added = new HashSet<>(afterSecond.keySet());
        added.removeAll(afterFirst.keySet());
        String revisionFile = onlyJavaFile(added);
        assertEquals(Set.of(revisionFile), added);
        assertTrue(revisionFile.startsWith("V20260309_1440_"), revisionFile);
        String firstFile = onlyJavaFile(afterFirst.keySet());
        assertEquals(afterFirst.get(firstFile), afterSecond.get(firstFile), "the first revision is left alone");
        assertRevisionNote(second, revisionFile);

        String firstClass = firstFile.replace(".java", "");
        String secondClass = revisionFile.replace(".java", "");
        RevisionInfo parent = revision(second, firstClass);
        RevisionInfo revision = revision(second, secondClass);
        assertEquals(List.of(parent.id()), revision.parents());
        assertEquals(List.of(qualified(firstClass), qualified(secondClass)), second.indexedRevisions());

        Snapshot snapshot = SnapshotReader.read(snapshotFile());
        assertEquals(revision.id(), snapshot.revision().orElseThrow());
        assertEquals(Replay.columnsByName(Shop.secondSchema()), Replay.columnsByName(snapshot.schema()));
        List<String> orderColumns = snapshot.schema().requireTable("order").columns().stream()
                .map(dev.retort.schema.Column::name).toList();
        assertEquals("couponCode", orderColumns.get(orderColumns.size() - 1), "an added column comes last");
    }

    @Test
    void buildWithoutChangesWritesNothing() throws IOException {
        assertEquals(afterSecond, afterThird);
        assertArrayEquals(secondSnapshotBytes, Files.readAllBytes(snapshotFile()));
        assertFalse(third.hasDiagnosticContaining("[RT900"), ThrowawayProject.describe(third.diagnostics()));
        assertEquals(List.of(), third.diagnostics());
        assertEquals(second.indexedRevisions(), third.indexedRevisions());
        assertEquals(2, third.indexedRevisions().size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void upgradeDowngradeUpgradeLeavesTheSchemaOfTheEntities(TestDatabase.Kind kind) throws Exception {
        Snapshot before = SnapshotReader.read(firstSnapshot);
        Snapshot head = SnapshotReader.read(snapshotFile());
        String firstId = before.revision().orElseThrow();
        String secondId = head.revision().orElseThrow();
        try (TestDatabase database = TestDatabase.create(kind); URLClassLoader classes = classLoader(third)) {
            Retort retort = Retort.at(database.url()).withClassLoader(classes);
            assertEquals(List.of(secondId, firstId), ids(retort.history()));

            assertEquals(List.of(firstId, secondId), ids(retort.upgrade("head")));
            assertLiveSchema(database, head.schema());
            assertEquals(List.of(secondId), ids(retort.current()));
            insertAnOrderAndItsShipment(database);

            assertEquals(List.of(secondId), ids(retort.downgrade("-1")));
            assertLiveSchema(database, before.schema());
            assertEquals(List.of(firstId), ids(retort.current()));
            assertEquals(List.of("Ada 19.99"), query(database,
                    "SELECT c.name || ' ' || CAST(o.total AS VARCHAR(20)) FROM \"order\" o"
                            + " JOIN customers c ON c.id = o.customer_id"));

            assertEquals(List.of(firstId), ids(retort.downgrade("base")));
            assertLiveSchema(database, Schema.EMPTY);
            assertEquals(List.of(), ids(retort.current()));
            assertEquals(List.of(), query(database, "SELECT revision FROM retort_version"));

            assertEquals(List.of(firstId, secondId), ids(retort.upgrade("head")));
            assertLiveSchema(database, head.schema());
            assertEquals(List.of(secondId), ids(retort.current()));
            insertAnOrderAndItsShipment(database);
        }
    }

    /** Plain SQL with unquoted names, as an ORM sends it; {@code order} is a reserved word, so that one is quoted. */
    private static void insertAnOrderAndItsShipment(TestDatabase database) throws SQLException {
        execute(database, "INSERT INTO customers (email, name, createdAt)"
                + " VALUES ('ada@example.com', 'Ada', '2026-03-02 09:00:00+00')");
        execute(database, "INSERT INTO \"order\" (customer_id, total, status, placedAt, couponCode)"
                + " VALUES ((SELECT id FROM customers WHERE email = 'ada@example.com'), 19.99, 'NEW',"
                + " '2026-03-02 09:20:00+00', 'SPRING')");
        execute(database, "INSERT INTO shipments (order_id, trackingNumber, shippedAt)"
                + " VALUES ((SELECT id FROM \"order\" WHERE couponCode = 'SPRING'), 'TRK-1', NULL)");
        assertEquals(List.of("Ada SPRING TRK-1"), query(database,
                "SELECT c.name || ' ' || o.couponCode || ' ' || s.trackingNumber FROM shipments s"
                        + " JOIN \"order\" o ON o.id = s.order_id JOIN customers c ON c.id = o.customer_id"));
        assertThrows(SQLException.class, () -> execute(database,
                "INSERT INTO customers (email, name) VALUES ('ada@example.com', 'Ada again')"), "email is unique");
    }

    /** The live schema is {@code model} as this database keeps it: equivalent, and equal up to column order. */
    private static void assertLiveSchema(TestDatabase database, Schema model) throws SQLException {
        try (Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            Schema expected = dialect.normalize(model);
            Schema live = dialect.readSchema(connection);
            assertEquals(List.of(), SchemaDiff.diff(expected, live), "operations from the expected to the live schema");
            assertEquals(Replay.columnsByName(expected), Replay.columnsByName(live));
        }
    }

    private static Build compile(String clock) {
        Build build = project.compile(clock);
        assertTrue(build.succeeded(), "compilation failed:\n" + ThrowawayProject.describe(build.diagnostics()));
        return build;
    }

    private static void assertRevisionNote(Build build, String revisionFile) {
        // The note is all javac prints: no warning from the processor or about the generated code.
        assertEquals(1, build.diagnostics().size(), ThrowawayProject.describe(build.diagnostics()));
        String note = build.diagnostics().get(0);
        assertTrue(note.startsWith("NOTE: [RT900 RevisionGenerated] wrote "), note);
        assertTrue(note.contains(revisionFile), note);
    }

    /** The id and parents of a compiled revision, read from its {@code @Revision}. */
    private static RevisionInfo revision(Build build, String className) throws Exception {
        try (URLClassLoader loader = classLoader(build)) {
            Class<?> type = Class.forName(qualified(className), false, loader);
            Revision revision = type.getAnnotation(Revision.class);
            assertTrue(revision != null, className + " has no @Revision");
            return new RevisionInfo(revision.id(), List.of(revision.parents()), revision.message(), type.getName(),
                    false);
        }
    }

    private static URLClassLoader classLoader(Build build) throws IOException {
        return new URLClassLoader(new URL[] {build.classes().toUri().toURL()}, EndToEndTest.class.getClassLoader());
    }

    private static String onlyJavaFile(Set<String> names) {
        List<String> javaFiles = names.stream().filter(name -> name.endsWith(".java")).toList();
        assertEquals(1, javaFiles.size(), "revision files: " + javaFiles);
        return javaFiles.get(0);
    }

    private static String qualified(String className) {
        return Shop.MIGRATIONS + "." + className;
    }

    private static Path snapshotFile() {
        return project.sourceRoot().resolve(Shop.MIGRATIONS.replace('.', '/')).resolve(SNAPSHOT);
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of every row of {@code sql}, as text. */
    private static List<String> query(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
