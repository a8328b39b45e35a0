package dev.retort;

import static dev.retort.LiveDatabase.historyRows;
import static dev.retort.LiveDatabase.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instances booting together: 16 threads of this JVM and 4 other JVMs call {@code upgrade head} on one fresh database
 * at once, 20 rounds. Every revision is applied exactly once, and no instance fails.
 */
class ConcurrencyTest {

    private static final int ROUNDS = 20;
    private static final int THREADS = 16;
    private static final int PROCESSES = 4;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void appliesEachRevisionOnceWhenInstancesBootTogether(TestDatabase.Kind kind) throws Exception {
        List<String> all = Histories.small().stream().map(LoadedRevision::id).toList();
        List<String> appliedOnce = all.stream().map(id -> id + " upgrade ok").toList();
        List<OtherJvm> processes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            for (int i = 0; i < PROCESSES; i++) {
                processes.add(OtherJvm.start("rounds"));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                try (TestDatabase database = TestDatabase.create(kind)) {
                    Retort retort = Retort.at(database.url()).withLoadedRevisions(Histories.small());
                    CyclicBarrier start = new CyclicBarrier(THREADS + 1);
                    List<Future<List<RevisionInfo>>> inThisJvm = new ArrayList<>();
                    for (int i = 0; i < THREADS; i++) {
                        inThisJvm.add(threads.submit(() -> {
                            start.await();
                            return retort.upgrade("head");
                        }));
                    }
                    start.await();
                    processes.forEach(process -> process.send("upgrade " + database.url()));

                    List<String> applied = new ArrayList<>();
                    for (Future<List<RevisionInfo>> result : inThisJvm) {
                        result.get(5, TimeUnit.MINUTES).forEach(r -> applied.add(r.id()));
                    }
                    for (OtherJvm process : processes) {
                        String answer = process.readLine();
                        assertTrue(answer != null && answer.startsWith("done"), "round " + round + ": " + answer);
                        if (answer.length() > "done ".length()) {
                            applied.addAll(List.of(answer.substring("done ".length()).split(",")));
                        }
                    }

                    String where = kind + ", round " + round;
                    assertEquals(all, applied.stream().sorted().toList(), where);
                    assertEquals(appliedOnce, historyRows(database), where);
                    assertEquals(Set.of("s5"), versionRows(database), where);
                    assertTrue(retort.check().isClean(), where);
                }
            }
        } finally {
            threads.shutdownNow();
            for (OtherJvm process : processes) {
                process.close();
            }
        }
    }
}
