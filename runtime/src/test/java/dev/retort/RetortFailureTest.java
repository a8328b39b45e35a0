package dev.retort;

import static dev.retort.LiveDatabase.execute;
import static dev.retort.LiveDatabase.hasVersionTable;
import static dev.retort.LiveDatabase.normalized;
import static dev.retort.LiveDatabase.schema;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.SampleRevisions.LINEAR;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.SampleRevisions.modelAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.SampleRevisions.R0BrokenFirst;
import dev.retort.SampleRevisions.R10NumberUsers;
import dev.retort.SampleRevisions.R1CreateUser;
import dev.retort.SampleRevisions.R3AddNote;
import dev.retort.SampleRevisions.R7WidenEmail;
import dev.retort.SampleRevisions.R8Broken;
import dev.retort.SampleRevisions.R9DropsMissingTable;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What happens when a revision cannot run, and what the version table and the log say about it. */
class RetortFailureTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToRunWhenTheVersionTableNamesAnUnknownRevision(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR);
            retort.upgrade("a1");
            execute(database, "INSERT INTO retort_version (revision) VALUES ('zz9')");

            String message = "the version table retort_version records revision(s) zz9, which this application does"
                    + " not have; was the database migrated by a newer version of it? The application's heads are"
                    + " c3 (" + R3AddNote.class.getName() + ")";
            assertEquals(message, assertThrows(RetortException.class, () -> retort.upgrade("head")).getMessage());
            assertEquals(message, assertThrows(RetortException.class, () -> retort.downgrade("base")).getMessage());
            assertEquals(message, assertThrows(RetortException.class, retort::check).getMessage());
            // What the application knows can still be shown.
            assertEquals(List.of("c3", "b2", "a1"), ids(retort.history()));
            assertEquals(List.of("a1"), ids(retort.history("current:a1")));

            assertEquals(normalized(database, modelAfter(R1CreateUser.class)), schema(database));
            assertEquals(Set.of("a1", "zz9"), versionRows(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rollsBackAFailedRevisionAndKeepsTheOnesBeforeIt(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(R1CreateUser.class, R8Broken.class));

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));

            assertEquals("bad1", e.revisionId());
            assertEquals(R8Broken.class.getName(), e.revisionClass());
            assertEquals("bad sql", e.statement());
            SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
            assertEquals("upgrade of revision bad1 (" + R8Broken.class.getName() + ") failed and was rolled back: "
                    + cause.getMessage() + " [statement: bad sql]", e.getMessage());
            assertEquals(normalized(database, modelAfter(R1CreateUser.class)), schema(database));
            assertEquals(Set.of("a1"), versionRows(database));
            assertEquals(List.of("a1"), ids(retort.current()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rollsBackTheVersionTableWithAFailedFirstRevision(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(R0BrokenFirst.class));

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));

            assertEquals("bad0", e.revisionId());
            assertEquals(Schema.EMPTY, schema(database));
            assertFalse(hasVersionTable(database));
        }
    }

    @Test
    void checksThatEveryRevisionRendersBeforeChangingAnything() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(R1CreateUser.class, R10NumberUsers.class));

            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));

            assertEquals("the upgrade of revision num1 (" + R10NumberUsers.class.getName() + ") cannot run here:"
                    + " cannot alter column user.number on SQLite: identity column number is not the primary key;"
                    + " SQLite generates values only for a single-column integer primary key (the rowid)"
                    + " (nothing was changed)", e.getMessage());
            assertEquals(Schema.EMPTY, schema(database));
            assertFalse(hasVersionTable(database));
        }
    }

    @Test
    void checksThatEveryRevisionRecordsBeforeChangingAnything() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url())
                    .withRevisions(List.of(R1CreateUser.class, R9DropsMissingTable.class));

            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));

            assertEquals("the upgrade of revision g1 (" + R9DropsMissingTable.class.getName() + ") could not be"
                    + " recorded: there is no table ghost (nothing was changed)", e.getMessage());
            assertEquals(Schema.EMPTY, schema(database));
            assertFalse(hasVersionTable(database));
        }
    }

    @Test
    void runsOnPostgresWhatSqliteCannot() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            Retort numbered = Retort.at(database.url())
                    .withRevisions(List.of(R1CreateUser.class, R10NumberUsers.class));
            assertEquals(List.of("a1", "num1"), ids(numbered.upgrade("head")));
            assertEquals(List.of("num1", "a1"), ids(numbered.downgrade("base")));

            Retort retort = Retort.at(database.url()).withRevisions(List.of(R1CreateUser.class, R7WidenEmail.class));

            assertEquals(List.of("a1", "alt1"), ids(retort.upgrade("head")));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class, R7WidenEmail.class)), schema(database));
            assertEquals(List.of("alt1"), ids(retort.downgrade("-1")));
            assertEquals(normalized(database, modelAfter(R1CreateUser.class)), schema(database));
        }
    }

    @Test
    void logsOneLinePerRevision() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(Retort.class.getName());
        logger.addHandler(handler);
        try (TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url(), null, null).withRevisions(LINEAR);
            retort.upgrade("head");
            retort.downgrade("-1");
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(List.of(Level.INFO, Level.INFO, Level.INFO, Level.INFO),
                records.stream().map(LogRecord::getLevel).toList());
        assertTrue(records.get(0).getMessage().matches(
                "Applied revision a1 \\(" + R1CreateUser.class.getName().replace("$", "\\$")
                        + "\\) 'create user' in \\d+ ms"), records.get(0).getMessage());
        assertTrue(records.get(3).getMessage().startsWith(
                "Reverted revision c3 (" + R3AddNote.class.getName() + ") 'add order note' in "));
    }
}
