package dev.retort;

import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Waits for a lock in slices, until a deadline: between slices it reports who holds the lock, so that the wait is
 * bounded and visible on every database. A slice blocks where the lock can block without harm (a lock of this JVM), so
 * the lock passes to a waiter the moment it is free; other locks are tried again after pauses of at most
 * {@value #LONGEST_PAUSE_MILLIS} ms.
 */
final class LockWait {

    /** One try that may wait up to {@code millis} for the lock; true when the lock is now held. */
    @FunctionalInterface
    interface Attempt {
        boolean tryFor(long millis) throws Exception;
    }

    /** A try that does not wait. */
    @FunctionalInterface
    interface Immediate {
        boolean tryNow() throws Exception;
    }

    /** What is known of the current holder. */
    @FunctionalInterface
    interface Holder {
        String describe() throws Exception;
    }

    /** Short waits are normal when instances start together; longer ones are reported. */
    private static final Duration FIRST_REPORT = Duration.ofSeconds(1);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final long LONGEST_PAUSE_MILLIS = 50;

    private final long deadline;
    private final Duration timeout;
    private final String lockName;
    private final MigrationListener listener;

    /**
     * @param lockName the lock, for messages: {@code the migration lock of database app}
     */
    LockWait(Duration timeout, String lockName, MigrationListener listener) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.lockName = lockName;
        this.listener = listener;
    }

    /** An attempt made of immediate tries, with pauses between them. */
    static Attempt polling(Immediate immediate) {
        return millis -> {
            long end = System.nanoTime() + millis * 1_000_000;
            long pause = 5;
            while (!immediate.tryNow()) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                Thread.sleep(Math.min(pause, left));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
            return true;
        };
    }

    /**
     * Tries until {@code attempt} succeeds or the deadline passes; several calls share the deadline.
     *
     * @throws MigrationLockTimeoutException when the deadline passed first
     */
    void await(Attempt attempt, Holder holder) throws Exception {
        long start = System.nanoTime();
        long nextReport = start + FIRST_REPORT.toNanos();
        while (true) {
            long now = System.nanoTime();
            long slice = Math.max(1, (Math.min(deadline, nextReport) - now) / 1_000_000);
            if (attempt.tryFor(slice)) {
                return;
            }
            now = System.nanoTime();
            if (now - deadline >= 0) {
                String held = describe(holder);
                throw new MigrationLockTimeoutException("gave up waiting for " + lockName + " after " + timeout
                        .toMillis() + " ms: it is held by " + held + " (nothing was changed; if that holder is stuck,"
                        + " end it, or wait longer with withLockWait)", held);
            }
            if (now - nextReport >= 0) {
                String held = describe(holder);
                Duration waited = Duration.ofNanos(now - start);
                Log.get().log(Level.INFO, () -> "waiting for " + lockName + " held by " + held + " ("
                        + waited.toMillis()
                        + " ms so far, giving up after " + timeout.toMillis() + " ms)");
                listener.waitingForLock(held, waited);
                nextReport = now + REPORT_EVERY.toNanos();
            }
        }
    }

    private static String describe(Holder holder) {
        try {
            String held = holder.describe();
            return held == null || held.isBlank() ? "another session" : held;
        } catch (Exception e) {
            return "another session (" + e.getMessage() + ")";
        }
    }
}
