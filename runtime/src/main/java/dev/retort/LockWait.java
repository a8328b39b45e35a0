package dev.retort;

import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Waits for a lock by trying it again and again, until a deadline: polling lets the wait be bounded and reported on
 * every database, which a blocking call would not.
 */
final class LockWait {

    /** One try; true when the lock is now held. */
    @FunctionalInterface
    interface Attempt {
        boolean tryOnce() throws Exception;
    }

    /** What is known of the current holder. */
    @FunctionalInterface
    interface Holder {
        String describe() throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(Retort.class.getName());
    /** Short waits are normal when instances start together; longer ones are reported. */
    private static final Duration FIRST_REPORT = Duration.ofSeconds(1);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final long LONGEST_PAUSE_MILLIS = 500;

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

    /**
     * Tries until {@code attempt} succeeds or the deadline passes; several calls share the deadline.
     *
     * @throws MigrationLockTimeoutException when the deadline passed first
     */
    void await(Attempt attempt, Holder holder) throws Exception {
        long start = System.nanoTime();
        long nextReport = start + FIRST_REPORT.toNanos();
        long pause = 20;
        while (!attempt.tryOnce()) {
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                String held = describe(holder);
                throw new MigrationLockTimeoutException("gave up waiting for " + lockName + " after " + timeout
                        .toMillis() + " ms: it is held by " + held + " (nothing was changed; if that holder is stuck,"
                        + " end it, or wait longer with withLockWait)", held);
            }
            if (now - nextReport >= 0) {
                String held = describe(holder);
                Duration waited = Duration.ofNanos(now - start);
                LOG.log(Level.INFO, () -> "waiting for " + lockName + " held by " + held + " (" + waited.toMillis()
                        + " ms so far, giving up after " + timeout.toMillis() + " ms)");
                listener.waitingForLock(held, waited);
                nextReport = now + REPORT_EVERY.toNanos();
            }
            Thread.sleep(Math.min(pause, Math.max(1, (deadline - now) / 1_000_000)));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
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
