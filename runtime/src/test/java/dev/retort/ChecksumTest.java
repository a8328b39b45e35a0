package dev.retort;

import static dev.retort.LiveDatabase.execute;
import static dev.retort.LiveDatabase.historyRows;
import static dev.retort.LiveDatabase.versionRows;
import static dev.retort.Revisions.revision;
import static dev.retort.SampleRevisions.ids;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.SampleRevisions.R1CreateUser;
import dev.retort.SampleRevisions.R2CreateOrder;
import dev.retort.operation.ExecuteSql;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checksums of revisions: their format, and what upgrade, changedRevisions and repair do with them. */
class ChecksumTest {

    private static final LoadedRevision CREATE = revision("a1", List.of(), true,
            op -> op.createTable("t", t -> t.column("id", BIGINT, c -> c.primaryKey()).column("name", VARCHAR(100))),
            op -> op.dropTable("t"));
    private static final LoadedRevision CREATE_EDITED = revision("a1", List.of(), true,
            op -> op.createTable("t", t -> t.column("id", BIGINT, c -> c.primaryKey()).column("name", VARCHAR(200))),
            op -> op.dropTable("t"));
    private static final LoadedRevision ADD = revision("a2", List.of("a1"), true,
            op -> op.addColumn("t", "note", VARCHAR(10)), op -> op.dropColumn("t", "note"));

    /** The format is fixed: a change here changes the checksum of every revision applied anywhere. */
    @Test
    void writesOperationsInAFixedFormat() {
        Operations user = Recording.record(LoadedRevision.load(R1CreateUser.class, "test"), Direction.UPGRADE,
                Schema.EMPTY);
        Operations order = Recording.record(LoadedRevision.load(R2CreateOrder.class, "test"), Direction.UPGRADE,
                user.schema());
        assertEquals(List.of(
                "create_table \"order\" columns(\"id\" bigint not_null identity, \"user_id\" bigint not_null)"
                        + " primary_key(\"id\") foreign_key \"fk_order_user_id\"(\"user_id\") references"
                        + " \"user\"(\"id\")",
                "create_index \"order\" index \"ix_order_user_id\"(\"user_id\")"),
                order.recorded().stream().map(CanonicalOperations::line).toList());
        Operations drop = Recording.record(LoadedRevision.load(R2CreateOrder.class, "test"), Direction.DOWNGRADE,
                order.schema());
        assertEquals(List.of("drop_table \"order\""), drop.recorded().stream().map(CanonicalOperations::line).toList());
        // SHA-256 of "retort-checksum 1\nupgrade\n" + the two lines + "\ndowngrade\n" + the drop line + "\n".
        assertEquals("9e7aa03bef62de9a9c7202cb9bba10381b288fbbeff65b2cf82ba0bc77d503ff",
                Recording.checksum(LoadedRevision.load(R2CreateOrder.class, "test"), order));
    }

    /** What came after the format was first fixed adds to a line only where it is used, so older lines stay. */
    @Test
    void writesDescendingColumnsAndCustomTypesOnlyWhereTheyAre() {
        Operations op = new Operations(Schema.EMPTY);
        op.createTable("billing.t", t -> t.column("id", BIGINT, c -> c.primaryKey())
                .column("doc", ColumnType.custom("bigint")).column("at", ColumnType.TIME));
        op.createIndex("ix_t_at", "billing.t", IndexColumn.desc("at"), IndexColumn.asc("id"));
        op.createIndex("ix_t_id", "billing.t", "id");
        assertEquals(List.of(
                "create_table \"billing.t\" columns(\"id\" bigint not_null, \"doc\" custom(\"bigint\") null,"
                        + " \"at\" time null) primary_key(\"id\")",
                "create_index \"billing.t\" index \"ix_t_at\"(\"at\", \"id\") descending(\"at\")",
                "create_index \"billing.t\" index \"ix_t_id\"(\"id\")"),
                op.recorded().stream().map(CanonicalOperations::line).toList());
    }

    @Test
    void changesWithWhatARevisionDoesOnly() {
        String created = Recording.checksum(CREATE, Recording.record(CREATE, Direction.UPGRADE, Schema.EMPTY));
        String edited = Recording.checksum(CREATE_EDITED,
                Recording.record(CREATE_EDITED, Direction.UPGRADE, Schema.EMPTY));
        assertNotEquals(created, edited);
        // A later revision that names the table does not change when the table's definition does.
        Schema before = Recording.record(CREATE, Direction.UPGRADE, Schema.EMPTY).schema();
        Schema editedBefore = Recording.record(CREATE_EDITED, Direction.UPGRADE, Schema.EMPTY).schema();
        assertEquals(Recording.checksum(ADD, Recording.record(ADD, Direction.UPGRADE, before)),
                Recording.checksum(ADD, Recording.record(ADD, Direction.UPGRADE, editedBefore)));
        assertEquals(Checksum.of(List.of(new ExecuteSql("select 1\nfrom t")), List.of()),
                Checksum.of(List.of(new ExecuteSql("select 1\r\nfrom t")), List.of()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void refusesToRunOverAnEditedRevisionUntilItIsAccepted(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort original = Retort.at(database.url()).withLoadedRevisions(List.of(CREATE));
            Retort edited = Retort.at(database.url()).withLoadedRevisions(List.of(CREATE_EDITED, ADD));
            original.upgrade("head");
            String was = original.show("a1").checksum();
            String now = edited.show("a1").checksum();

            ChangedRevisionsException refused = assertThrows(ChangedRevisionsException.class,
                    () -> edited.upgrade("head"));
            assertEquals("cannot upgrade: applied revision(s) changed since they were applied: a1 (test.a1, checksum"
                    + " was " + was + ", is " + now + "); if the database still matches them, accept the new"
                    + " checksums with repair() (retort repair) and run the command again (nothing was changed)",
                    refused.getMessage());
            ChecksumMismatch mismatch = refused.mismatches().get(0);
            assertEquals(List.of("a1", was, now),
                    List.of(mismatch.revision().id(), mismatch.recorded(), mismatch.current()));
            assertEquals(refused.mismatches(), edited.changedRevisions());
            assertThrows(ChangedRevisionsException.class, () -> edited.downgrade("base"));
            assertEquals(Set.of("a1"), versionRows(database));

            assertEquals(List.of("a2"), ids(edited.acceptingChangedChecksums().upgrade("head")));
            assertEquals(List.of(), edited.changedRevisions());
            assertEquals(List.of("a1 upgrade ok", "a1 upgrade ok", "a2 upgrade ok"), historyRows(database));
            assertEquals("repair: accepted the revision as it is now (its checksum was " + was + "); nothing ran",
                    edited.show("a1").runs().get(1).note());

            Retort originalAgain = Retort.at(database.url()).withLoadedRevisions(List.of(CREATE, ADD));
            assertThrows(ChangedRevisionsException.class, () -> originalAgain.downgrade("-1"));
            List<ChecksumMismatch> repaired = originalAgain.repair();
            assertEquals(List.of(new ChecksumMismatch(repaired.get(0).revision(), now, was)), repaired);
            assertEquals(List.of("a2"), ids(originalAgain.downgrade("-1")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void recordsChecksumsThatWereNeverRecordedOnRepair(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(List.of(CREATE, ADD));
            retort.upgrade("a1");
            // As a database migrated before Retort kept a history.
            execute(database, "DROP TABLE retort_history");

            assertEquals(List.of(), retort.changedRevisions());
            List<ChecksumMismatch> recorded = retort.repair();
            assertEquals(1, recorded.size());
            assertNull(recorded.get(0).recorded());
            assertEquals(retort.show("a1").checksum(), recorded.get(0).current());
            assertEquals(List.of(), retort.repair());
            assertEquals(List.of("a2"), ids(retort.upgrade("head")));
            assertEquals(List.of("a1 upgrade ok", "a2 upgrade ok"), historyRows(database));
        }
    }
}
