package dev.retort;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BINARY;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.annotations.Revision;
import dev.retort.dialect.Dialect;
import dev.retort.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The data operations of the revision DSL, run by the engine on live databases: rows inserted and deleted again, a
 * column backfilled before it becomes NOT NULL, an update in batches, a Java step, and a downgrade that stops at a
 * revision marked irreversible before anything runs.
 */
class DataOperationsTest {

    static final List<Map<String, ?>> FEE_TYPES = List.of(
            Map.of("id", 1L, "code", "TUITION", "label", "Tuition, per term", "amount", new BigDecimal("1200.50"),
                    "active", true, "since", LocalDate.of(2026, 1, 31),
                    "token", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                    "badge", new byte[] {1, 2, (byte) 0xff}),
            row(2L, "MEALS", "Lunch 'n' snacks", null, false, null));

    @Revision(id = "d1", message = "fee types")
    public static final class CreateFeeTypes implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("fee_types", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("code", VARCHAR(20), c -> c.notNull().unique())
                    .column("label", VARCHAR(100))
                    .column("amount", NUMERIC(10, 2))
                    .column("active", BOOLEAN)
                    .column("since", DATE)
                    .column("token", UUID)
                    .column("badge", BINARY));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("fee_types");
        }
    }

    @Revision(id = "d2", parents = "d1", message = "the fee types there are")
    public static final class InsertFeeTypes implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.bulkInsert("fee_types", FEE_TYPES);
        }

        @Override
        public void downgrade(Operations op) {
            op.deleteRows("fee_types", FEE_TYPES);
        }
    }

    @Revision(id = "d3", parents = "d2", message = "every fee type gets a position")
    public static final class BackfillPosition implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("fee_types", "position", INTEGER);
            op.fillNulls("fee_types", "position", "7");
            op.alterColumn("fee_types", "position", c -> c.notNull());
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("fee_types", "position");
        }
    }

    @Revision(id = "d4", parents = "d3", message = "many payments")
    public static final class CreatePayments implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("payments", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("cents", INTEGER, c -> c.notNull())
                    .column("label", VARCHAR(40)));
            op.execute("INSERT INTO payments (id, cents) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                    + " FROM n WHERE i < 1000) SELECT i, i * 3 FROM n");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("payments");
        }
    }

    @Revision(id = "d45", parents = "d4", message = "label the payments in batches")
    public static final class LabelPayments implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.updateInBatches("payments", "label = 'paid ' || cents", "cents % 2 = 0", 100, "label = NULL");
        }

        @Override
        public void downgrade(Operations op) {
            op.updateInBatches("payments", "label = NULL", null, 100, "label = 'paid ' || cents");
        }
    }

    @Revision(id = "d5", parents = "d45", message = "upper-case labels, in Java")
    public static final class UpperCaseInJava implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.run("upper-case the labels", connection -> relabel(connection, true));
        }

        @Override
        public void downgrade(Operations op) {
            op.run("lower-case the labels", connection -> relabel(connection, false));
        }
    }

    @Revision(id = "d6", parents = "d5", message = "forget the meals")
    public static final class ForgetMeals implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("DELETE FROM fee_types WHERE code = 'MEALS'");
        }

        @Override
        public void downgrade(Operations op) {
            op.irreversible("the deleted fee type is gone; restore it from a backup");
        }
    }

    @Revision(id = "f5", parents = "d45", message = "a Java step that fails")
    public static final class FailingJavaStep implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("UPDATE payments SET cents = 0");
            op.run("give up", connection -> {
                throw new IllegalStateException("nothing to do");
            });
        }

        @Override
        public void downgrade(Operations op) {
            op.irreversible("it never ran");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void insertsRowsAndDeletesThemAgain(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(CreateFeeTypes.class, InsertFeeTypes.class));
            retort.upgrade("head");

            assertEquals(List.of("1|TUITION|Tuition, per term|1200.5|true|2026-01-31|123e4567-e89b-12d3-a456-"
                            + "426614174000|0102ff", "2|MEALS|Lunch 'n' snacks|null|false|null|null|null"),
                    feeTypes(database));

            retort.downgrade("-1");
            assertEquals(List.of(), feeTypes(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void backfillsAColumnBeforeItBecomesNotNull(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url())
                    .withRevisions(List.of(CreateFeeTypes.class, InsertFeeTypes.class, BackfillPosition.class));
            retort.upgrade("head");

            assertEquals(List.of("7", "7"), query(database, "SELECT position FROM fee_types ORDER BY id"));
            assertFalse(LiveDatabase.schema(database).requireTable("fee_types").column("position").orElseThrow()
                    .nullable());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void updatesInBatchesAndRunsJavaStepsBothWays(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(CreateFeeTypes.class,
                    InsertFeeTypes.class, BackfillPosition.class, CreatePayments.class, LabelPayments.class,
                    UpperCaseInJava.class));
            retort.upgrade("d4");
            assertEquals(10, batches(database), "1000 rows in batches of 100");
            retort.upgrade("d45");
            assertEquals(List.of("500", "500"), query(database,
                    "SELECT count(*) FROM payments WHERE label IS NOT NULL UNION ALL"
                            + " SELECT count(*) FROM payments WHERE label = 'paid ' || cents"));

            retort.upgrade("head");
            assertEquals(List.of("PAID 6", "PAID 12"), query(database,
                    "SELECT label FROM payments WHERE label IS NOT NULL ORDER BY id LIMIT 2"));

            retort.downgrade("-1");
            assertEquals(List.of("paid 6", "paid 12"), query(database,
                    "SELECT label FROM payments WHERE label IS NOT NULL ORDER BY id LIMIT 2"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailingJavaStepRollsBackItsRevision(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(CreateFeeTypes.class,
                    InsertFeeTypes.class, BackfillPosition.class, CreatePayments.class, LabelPayments.class,
                    FailingJavaStep.class));
            retort.upgrade("d45");

            RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));

            assertEquals("f5", e.revisionId());
            assertEquals("/* Java step 1: give up */", e.statement());
            assertTrue(e.getMessage().contains("the Java step 'give up' failed: java.lang.IllegalStateException:"
                    + " nothing to do"), e.getMessage());
            assertEquals(List.of("0"), query(database, "SELECT count(*) FROM payments WHERE cents = 0"));
            assertEquals(List.of("d45"), SampleRevisions.ids(retort.current()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDowngradePastAnIrreversibleRevisionFailsBeforeAnythingRuns(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withRevisions(List.of(CreateFeeTypes.class,
                    InsertFeeTypes.class, BackfillPosition.class, CreatePayments.class, LabelPayments.class,
                    UpperCaseInJava.class, ForgetMeals.class));
            retort.upgrade("head");
            List<String> before = feeTypes(database);

            RetortException e = assertThrows(RetortException.class, () -> retort.downgrade("d1"));

            assertEquals("the downgrade of revision d6 (" + ForgetMeals.class.getName() + ") could not be recorded:"
                    + " cannot undo this revision: the deleted fee type is gone; restore it from a backup"
                    + " (nothing was changed)", e.getMessage());
            assertEquals(before, feeTypes(database));
            assertEquals(List.of("d6"), SampleRevisions.ids(retort.current()));
        }
    }

    /** The statements the batched update of {@link LabelPayments} takes on the 1000 payments there are now. */
    private static int batches(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            Operations operations = new Operations(dialect.readSchema(connection));
            new LabelPayments().upgrade(operations);
            return dialect.render(operations.recorded().get(0), operations.schema(), connection).size();
        }
    }

    private static Map<String, Object> row(long id, String code, String label, BigDecimal amount, Boolean active,
            LocalDate since) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("code", code);
        row.put("label", label);
        row.put("amount", amount);
        row.put("active", active);
        row.put("since", since);
        row.put("token", null);
        row.put("badge", null);
        return row;
    }

    private static void relabel(Connection connection, boolean upper) throws SQLException {
        Map<Long, String> labels = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, label FROM payments WHERE label IS NOT NULL")) {
            while (rows.next()) {
                labels.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE payments SET label = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> label : labels.entrySet()) {
                update.setString(1, upper ? label.getValue().toUpperCase() : label.getValue().toLowerCase());
                update.setLong(2, label.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The fee types, one line each; numbers as BigDecimal, booleans as true/false, bytes in hex. */
    /** A UUID as PostgreSQL's driver gives it, or from SQLite's 16 bytes, most significant first (Hibernate's order). */
    private static String uuid(Object value) {
        if (value instanceof byte[] bytes) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new java.util.UUID(buffer.getLong(), buffer.getLong()).toString();
        }
        return value == null ? null : value.toString();
    }

    private static List<String> feeTypes(TestDatabase database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet set = statement.executeQuery("SELECT * FROM fee_types ORDER BY id")) {
            while (set.next()) {
                byte[] badge = set.getBytes("badge");
                BigDecimal amount = set.getBigDecimal("amount");
                rows.add(set.getLong("id") + "|" + set.getString("code") + "|" + set.getString("label") + "|"
                        + (amount == null ? null : amount.stripTrailingZeros().toPlainString()) + "|"
                        + (set.getObject("active") == null ? null : set.getBoolean("active")) + "|"
                        + set.getString("since") + "|" + uuid(set.getObject("token")) + "|"
                        + (badge == null ? null : java.util.HexFormat.of().formatHex(badge)));
            }
        }
        return rows;
    }

    private static List<String> query(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet set = statement.executeQuery(sql)) {
            while (set.next()) {
                values.add(set.getString(1));
            }
        }
        return values;
    }
}
