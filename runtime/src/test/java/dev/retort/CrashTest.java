package dev.retort;

import static dev.retort.LiveDatabase.column;
import static dev.retort.LiveDatabase.hasTable;
import static dev.retort.LiveDatabase.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JVM that upgrades and downgrades a history of 60 revisions without pause is killed with SIGKILL at random moments
 * (seeded), 20 times per database. After each kill the database is at a consistent revision: its version table agrees
 * with its history table, and the drift check is clean, unless a non-transactional revision was interrupted, which the
 * check then names; the next upgrade finishes and leaves a clean database. The lock of the killed process never stays.
 */
class CrashTest {

    private static final int KILLS = 20;
    /** Replay a failing run with -Dretort.crash.seed=<the seed its message names>. */
    private static final long SEED = Long.getLong("retort.crash.seed", 20261125L);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void recoversFromKillsAtRandomMoments(TestDatabase.Kind kind) throws Exception {
        Random random = new Random(SEED + kind.ordinal());
        List<LoadedRevision> history = Histories.linear(MigratingProcess.LINEAR_SIZE);
        RevisionGraph graph = RevisionGraph.of(history);
        String head = history.get(history.size() - 1).id();
        int midway = 0;
        int interrupted = 0;
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.at(database.url()).withLoadedRevisions(history);
            for (int kill = 1; kill <= KILLS; kill++) {
                String where = kind + ", seed " + SEED + ", kill " + kill;
                try (OtherJvm migrating = OtherJvm.start("loop", database.url())) {
                    Thread.sleep(50 + random.nextInt(1000));
                    migrating.kill();
                }

                DriftReport report = retort.check();
                interrupted += report.interrupted().isEmpty() ? 0 : 1;
                assertTrue(report.differences().isEmpty() || !report.interrupted().isEmpty(), where + ": " + report);
                assertEquals(appliedByHistory(database), graph.withAncestors(versionRows(database)), where);
                Set<String> rows = versionRows(database);
                if (!rows.isEmpty() && !rows.equals(Set.of(head))) {
                    midway++;
                }

                retort.upgrade("head");
                assertTrue(retort.check().isClean(), where);
                assertEquals(Set.of(head), versionRows(database), where);
            }
        }
        System.out.printf("%s: %d kills, %d midway, %d during a non-transactional revision%n", kind, KILLS, midway,
                interrupted);
        // Many kills must land in the middle of the history, or the test proves little.
        assertTrue(midway >= KILLS / 4, kind + ": only " + midway + " of " + KILLS + " kills left the database midway");
    }

    /** The revisions whose last successful run in the history table was an upgrade. */
    private static Set<String> appliedByHistory(TestDatabase database) throws Exception {
        Map<String, String> last = new HashMap<>();
        if (!hasTable(database, HistoryTable.NAME)) {
            return Set.of();
        }
        for (String row : column(database, "SELECT revision || ' ' || direction FROM retort_history"
                + " WHERE success ORDER BY id")) {
            String[] parts = row.split(" ");
            last.put(parts[0], parts[1]);
        }
        Set<String> applied = new HashSet<>();
        last.forEach((revision, direction) -> {
            if (direction.equals("upgrade")) {
                applied.add(revision);
            }
        });
        return applied;
    }
}
