package dev.retort;

import static dev.retort.LiveDatabase.hasVersionTable;
import static dev.retort.SampleRevisions.LINEAR;
import static dev.retort.SampleRevisions.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migration lock: bounded, reported waits, and what is known of the holder. Crashes: see {@link CrashTest}. */
@SuppressWarnings("try") // locks held across a block that does not name them
class LockTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void givesUpAfterTheWaitItIsAllowedNamingTheHolder(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind);
                Connection holderConnection = database.connect();
                MigrationLock held = MigrationLock.acquire(holderConnection, Dialect.of(holderConnection),
                        Duration.ofSeconds(5), new MigrationListener() {})) {
            List<String> reported = new CopyOnWriteArrayList<>();
            Retort retort = Retort.at(database.url()).withRevisions(LINEAR).withLockWait(Duration.ofMillis(1500))
                    .withListener(new MigrationListener() {
                        @Override
                        public void waitingForLock(String holder, Duration waited) {
                            reported.add(holder);
                        }
                    });

            // Another thread: this one holds the lock.
            CompletableFuture<List<RevisionInfo>> run = inNewThread(() -> retort.upgrade("head"));
            ExecutionException failed = assertThrows(ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS));
            MigrationLockTimeoutException e = assertInstanceOf(MigrationLockTimeoutException.class, failed.getCause());

            String holder = kind == TestDatabase.Kind.SQLITE
                    ? "process " + ProcessHandle.current().pid() + " on "
                    : "PostgreSQL backend pid " + backendPid(holderConnection) + ", ";
            assertTrue(e.holder().startsWith(holder), e.holder());
            assertTrue(e.getMessage().startsWith("gave up waiting for the migration lock of "), e.getMessage());
            assertTrue(e.getMessage().contains(" after 1500 ms: it is held by " + e.holder()), e.getMessage());
            assertFalse(reported.isEmpty());
            assertTrue(reported.get(0).startsWith(holder), reported.get(0));
            assertFalse(hasVersionTable(database));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void waitsUntilTheHolderIsDoneThenSeesWhatItDid(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            CountDownLatch firstRunning = new CountDownLatch(1);
            CountDownLatch secondWaiting = new CountDownLatch(1);
            Retort first = Retort.at(database.url()).withRevisions(LINEAR).withListener(new MigrationListener() {
                @Override
                public void stepStarted(StepProgress progress) {
                    firstRunning.countDown();
                    await(secondWaiting);
                }
            });
            Retort second = Retort.at(database.url()).withRevisions(LINEAR).withListener(new MigrationListener() {
                @Override
                public void waitingForLock(String holder, Duration waited) {
                    secondWaiting.countDown();
                }
            });

            CompletableFuture<List<RevisionInfo>> firstRun = inNewThread(() -> first.upgrade("head"));
            assertTrue(firstRunning.await(30, TimeUnit.SECONDS));
            CompletableFuture<List<RevisionInfo>> secondRun = inNewThread(() -> second.upgrade("head"));

            assertEquals(List.of("a1", "b2", "c3"), ids(firstRun.get(60, TimeUnit.SECONDS)));
            // The second instance read the version table once it held the lock: nothing was left to do.
            assertEquals(List.of(), ids(secondRun.get(60, TimeUnit.SECONDS)));
        }
    }

    @Test
    void writesTheHolderIntoTheLockFileNextToTheSqliteDatabase() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite(); Connection connection = database.connect()) {
            Path lockFile = Path.of(database.url().substring("jdbc:sqlite:".length()) + ".retort-lock");
            try (MigrationLock held = MigrationLock.acquire(connection, Dialect.of(connection), Duration.ofSeconds(1),
                    new MigrationListener() {})) {
                String content = Files.readString(lockFile);
                assertTrue(content.startsWith("process " + ProcessHandle.current().pid() + " on "), content);
                assertTrue(content.contains("(thread " + Thread.currentThread().getName() + "), since "), content);
                RetortException nested = assertThrows(RetortException.class, () -> MigrationLock.acquire(
                        connection, Dialect.of(connection), Duration.ofSeconds(1), new MigrationListener() {}));
                assertTrue(nested.getMessage().startsWith("this thread already holds the migration lock of "));
            }
            assertTrue(Files.exists(lockFile));
        }
    }

    @Test
    void locksEachPostgresSchemaOnItsOwn() throws Exception {
        try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA other");
            }
            try (MigrationLock held = MigrationLock.acquire(connection, Dialect.of(connection), Duration.ofSeconds(1),
                    new MigrationListener() {})) {
                String otherSchema = database.url() + "&currentSchema=other";
                Retort other = Retort.at(otherSchema).withRevisions(LINEAR).withLockWait(Duration.ofMillis(500));
                assertEquals(List.of("a1", "b2", "c3"), ids(other.upgrade("head")));
                Retort same = Retort.at(database.url()).withRevisions(LINEAR).withLockWait(Duration.ofMillis(500));
                assertThrows(MigrationLockTimeoutException.class, () -> same.upgrade("head"));
            }
        }
    }

    /** A thread of its own: the common pool may have a single thread, which the first task would keep. */
    private static <T> CompletableFuture<T> inNewThread(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }).start();
        return result;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static int backendPid(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }
}
