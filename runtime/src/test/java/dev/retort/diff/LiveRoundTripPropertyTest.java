package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialect;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The differ against real databases: for seeded random pairs of schemas (A, B), a database built as A and holding rows
 * is upgraded with the diff A to B, read back, and must be B; downgraded with the reversed diff, it must be A again.
 * Rows keep their values in every column that exists on both sides, through renames, rebuilds and type changes.
 *
 * <p>{@value #PAIRS_PROPERTY} sets the number of pairs per database (500 by default); {@value #SEED_PROPERTY} replays
 * one seed, as printed by a failure.
 */
class LiveRoundTripPropertyTest {

    static final String PAIRS_PROPERTY = "retort.pairs";
    static final String SEED_PROPERTY = "retort.seed";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void randomChangesGoBothWaysAndKeepTheRows(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            Dialect dialect = Dialect.of(connection);
            LiveSchemas live = new LiveSchemas(connection, dialect);
            for (long seed : seeds()) {
                RandomSchemas random = RandomSchemas.forLiveDatabases(seed, kind == TestDatabase.Kind.POSTGRESQL);
                Schema a = random.schema();
                RandomSchemas.Evolution b = random.evolution(a);
                try {
                    roundTrip(live, a, b);
                } catch (AssertionError | RuntimeException | SQLException e) {
                    throw new AssertionError("seed " + seed + " failed on " + kind + ": " + e.getMessage()
                            + "\nreplay it with -D" + SEED_PROPERTY + "=" + seed + " -Dtest="
                            + getClass().getSimpleName() + "\nA: " + a + "\nB: " + b, e);
                }
            }
        }
    }

    private static void roundTrip(LiveSchemas live, Schema a, RandomSchemas.Evolution b) throws SQLException {
        live.reset();
        Schema built = live.apply(SchemaDiff.diff(Schema.EMPTY, a), Schema.EMPTY);
        live.assertIs(built, "A");
        live.insertRows(built);
        Map<String, List<Map<String, String>>> rowsOfA = live.rows(built);

        List<Operation> upgrade = SchemaDiff.diff(built, b.schema(), b.renames());
        Schema upgraded = live.apply(upgrade, built);
        assertEquals(List.of(), SchemaDiff.diff(upgraded, b.schema()), "the upgrade leads to B");
        live.assertIs(upgraded, "B");
        RowsCompared.assertKept(rowsOfA, live.rows(upgraded), built, upgraded, b.renames(), true);

        List<Operation> downgrade = new ArrayList<>(upgrade.stream().map(Operation::reverse).toList());
        Collections.reverse(downgrade);
        Schema downgraded = live.apply(downgrade, upgraded);
        assertEquals(List.of(), SchemaDiff.diff(downgraded, built), "the downgrade leads back to A");
        live.assertIs(downgraded, "A again");
        RowsCompared.assertKept(rowsOfA, live.rows(downgraded), built, downgraded,
                RowsCompared.survivors(built, upgraded, b.renames()), false);
    }

    private static long[] seeds() {
        Long replay = Long.getLong(SEED_PROPERTY);
        if (replay != null) {
            return new long[] {replay};
        }
        return LongStream.range(0, Integer.getInteger(PAIRS_PROPERTY, 500)).toArray();
    }
}
