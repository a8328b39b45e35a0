package dev.retort;

import static dev.retort.LiveDatabase.column;
import static dev.retort.LiveDatabase.execute;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.annotations.Revision;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A start with nothing to do: when the index describes the revisions and the history records their fingerprints, an
 * upgrade loads no revision class; whenever a fingerprint differs or is missing, it loads and replays them all, and
 * every check works as before. The revisions here count their instances: an instance means a class was loaded and
 * replayed.
 */
class NothingToDoTest {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private static final String F1 = "1".repeat(64);
    private static final String F2 = "2".repeat(64);
    private static final String F2_EDITED = "e".repeat(64);

    @Revision(id = "n1", message = "create note")
    public static final class N1CreateNote implements Migration {
        public N1CreateNote() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public void upgrade(Operations op) {
            op.createTable("note", t -> t.column("id", BIGINT, c -> c.primaryKey()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("note");
        }
    }

    @Revision(id = "n2", parents = "n1", message = "add note body")
    public static final class N2AddBody implements Migration {
        public N2AddBody() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public void upgrade(Operations op) {
            op.addColumn("note", "body", VARCHAR(100));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("note", "body");
        }
    }

    /** n2 after an edit that changed what it does. */
    @Revision(id = "n2", parents = "n1", message = "add note body")
    public static final class N2AddLongerBody implements Migration {
        public N2AddLongerBody() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public void upgrade(Operations op) {
            op.addColumn("note", "body", VARCHAR(200));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("note", "body");
        }
    }

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStartWithNothingToDoLoadsNoRevision(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader loader = loader("app", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddBody.class, "n2", "n1", F2))) {
            Retort retort = Retort.at(database.url()).withClassLoader(loader);
            assertEquals(List.of("n1", "n2"), ids(retort.upgrade("head")));
            assertEquals(List.of("n1 " + F1, "n2 " + F2), fingerprints(database));

            int loaded = INSTANCES.get();
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(List.of(), retort.upgrade("heads"));
            assertEquals(List.of(), retort.upgrade("n2"));
            assertEquals(loaded, INSTANCES.get(), "no revision was loaded");

            // What cannot be answered so is answered as before, by the full upgrade.
            RetortException noMore = assertThrows(RetortException.class, () -> retort.upgrade("+1"));
            assertEquals("cannot upgrade +1: only 0 revision(s) are not applied yet", noMore.getMessage());
            assertEquals(List.of("n1 " + F1, "n2 " + F2), fingerprints(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherFingerprintReplaysAndFindsAnEditedRevision(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader before = loader("before", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddBody.class, "n2", "n1", F2));
                URLClassLoader edited = loader("edited", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddLongerBody.class, "n2", "n1", F2_EDITED))) {
            Retort.at(database.url()).withClassLoader(before).upgrade("head");

            Retort retort = Retort.at(database.url()).withClassLoader(edited);
            int loaded = INSTANCES.get();
            ChangedRevisionsException changed = assertThrows(ChangedRevisionsException.class,
                    () -> retort.upgrade("head"));
            assertEquals(List.of("n2"), changed.mismatches().stream().map(m -> m.revision().id()).toList());
            assertEquals(loaded + 2, INSTANCES.get(), "both revisions were loaded and replayed");
            assertEquals(List.of("n1 " + F1, "n2 " + F2), fingerprints(database), "nothing was recorded");

            // Accepted, the edited revision's row carries its new fingerprint; the next start replays nothing.
            assertEquals(List.of("n2"), retort.repair().stream().map(m -> m.revision().id()).toList());
            assertEquals(List.of("n1 " + F1, "n2 " + F2, "n2 " + F2_EDITED), fingerprints(database));
            loaded = INSTANCES.get();
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(loaded, INSTANCES.get());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewFingerprintWithTheSameChecksumIsRecordedOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader before = loader("before", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddBody.class, "n2", "n1", F2));
                URLClassLoader commented = loader("commented", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddBody.class, "n2", "n1", F2_EDITED))) {
            Retort.at(database.url()).withClassLoader(before).upgrade("head");
            Retort retort = Retort.at(database.url()).withClassLoader(commented);

            // A source edited where its operations did not change (a comment): replayed, found unchanged, and the
            // fingerprint is noted on its row.
            int loaded = INSTANCES.get();
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(loaded + 2, INSTANCES.get());
            assertEquals(List.of("n1 " + F1, "n2 " + F2_EDITED), fingerprints(database));
            assertEquals(2, LiveDatabase.historyRows(database).size(), "no row was added");

            loaded = INSTANCES.get();
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(loaded, INSTANCES.get());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void withoutFingerprintsEveryStartReplays(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader formatOne = loader("one", N1CreateNote.class.getName(), N2AddBody.class.getName());
                URLClassLoader noFingerprint = loader("none", described(N1CreateNote.class, "n1", "", null),
                        described(N2AddBody.class, "n2", "n1", null))) {
            for (URLClassLoader loader : List.of(formatOne, noFingerprint)) {
                Retort retort = Retort.at(database.url()).withClassLoader(loader);
                retort.upgrade("head");
                int loaded = INSTANCES.get();
                assertEquals(List.of(), retort.upgrade("head"));
                assertEquals(loaded + 2, INSTANCES.get());
                assertEquals(List.of("n1 null", "n2 null"), fingerprints(database));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anIndexThatDescribesAClassOtherwiseGivesItNoFingerprint(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader stale = loader("stale", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddBody.class, "n2", "", F2))) {
            // The index says n2 has no parent; its class says n1. The class counts, and its fingerprint is not used.
            Retort retort = Retort.at(database.url()).withClassLoader(stale);
            assertEquals(List.of("n1", "n2"), ids(retort.upgrade("head")));
            assertEquals(List.of("n1 " + F1, "n2 null"), fingerprints(database));
            int loaded = INSTANCES.get();
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(loaded + 2, INSTANCES.get());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aHistoryTableOfAnEarlierRetortGetsTheColumnAndTheFingerprints(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                URLClassLoader loader = loader("app", described(N1CreateNote.class, "n1", "", F1),
                        described(N2AddBody.class, "n2", "n1", F2))) {
            Retort retort = Retort.at(database.url()).withClassLoader(loader);
            retort.upgrade("n1");
            // As Retort made and filled the table before it kept fingerprints.
            execute(database, "ALTER TABLE retort_history DROP COLUMN fingerprint");
            assertEquals(List.of(), retort.changedRevisions());
            assertEquals(List.of("n1"), ids(retort.current()));

            assertEquals(List.of("n2"), ids(retort.upgrade("head")));
            assertEquals(List.of("n1 " + F1, "n2 " + F2), fingerprints(database));
            int loaded = INSTANCES.get();
            assertEquals(List.of(), retort.upgrade("head"));
            assertEquals(loaded, INSTANCES.get());
        }
    }

    /** Each successful upgrade row's revision and fingerprint, oldest first. */
    private static List<String> fingerprints(TestDatabase database) throws Exception {
        return column(database, "SELECT revision || ' ' || coalesce(fingerprint, 'null') FROM retort_history"
                + " WHERE direction = 'upgrade' AND success ORDER BY id");
    }

    /** The two lines of a class in the index, as the annotation processor writes them. */
    private static String described(Class<?> type, String id, String parents, String fingerprint) {
        return type.getName() + "\n#= id=" + id + " parents=" + parents + " dependsOn= branchLabels="
                + " transactional=true" + (fingerprint == null ? "" : " fingerprint=" + fingerprint);
    }

    /** A class loader that sees these test classes and an index resource of these lines. */
    private URLClassLoader loader(String name, String... lines) throws IOException {
        Path root = temp.resolve(name);
        Path resource = root.resolve(RevisionIndex.RESOURCE);
        Files.createDirectories(resource.getParent());
        List<String> text = new ArrayList<>(List.of("# Revisions of this module, listed by the Retort annotation"
                + " processor."));
        text.addAll(List.of(lines));
        Files.write(resource, text, StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, NothingToDoTest.class.getClassLoader());
    }
}
