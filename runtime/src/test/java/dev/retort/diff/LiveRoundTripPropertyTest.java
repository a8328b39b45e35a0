package dev.retort.diff;

import dev.retort.dialect.Dialect;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
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
                    live.roundTrip(a, b.schema(), b.renames());
                } catch (AssertionError | RuntimeException | SQLException e) {
                    throw new AssertionError("seed " + seed + " failed on " + kind + ": " + e.getMessage()
                            + "\nreplay it with -D" + SEED_PROPERTY + "=" + seed + " -Dtest="
                            + getClass().getSimpleName() + "\nA: " + a + "\nB: " + b, e);
                }
            }
        }
    }

    private static long[] seeds() {
        Long replay = Long.getLong(SEED_PROPERTY);
        if (replay != null) {
            return new long[] {replay};
        }
        return LongStream.range(0, Integer.getInteger(PAIRS_PROPERTY, 500)).toArray();
    }
}
