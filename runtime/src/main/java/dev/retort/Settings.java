package dev.retort;

import java.time.Duration;

/**
 * How a {@link Retort} runs its commands; see its {@code with...} methods.
 *
 * @param lockWait how long a command waits for the migration lock
 * @param ddlLockTimeout PostgreSQL's lock_timeout for the statements of revisions
 * @param lockTimeoutRetries how many times a revision that hit the lock_timeout is run again
 * @param firstRetryPause the pause before the first retry; each next pause doubles
 * @param acceptChangedChecksums whether applied revisions that were edited are accepted as they are now
 */
record Settings(Duration lockWait, Duration ddlLockTimeout, int lockTimeoutRetries, Duration firstRetryPause,
        boolean acceptChangedChecksums, MigrationListener listener) {

    static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), Duration.ofSeconds(10), 3,
            Duration.ofMillis(500), false, new MigrationListener() {});

    Settings withLockWait(Duration wait) {
        return new Settings(wait, ddlLockTimeout, lockTimeoutRetries, firstRetryPause, acceptChangedChecksums,
                listener);
    }

    Settings withDdlLockTimeout(Duration timeout, int retries) {
        return new Settings(lockWait, timeout, retries, firstRetryPause, acceptChangedChecksums, listener);
    }

    Settings withAcceptChangedChecksums(boolean accept) {
        return new Settings(lockWait, ddlLockTimeout, lockTimeoutRetries, firstRetryPause, accept, listener);
    }

    Settings withListener(MigrationListener newListener) {
        return new Settings(lockWait, ddlLockTimeout, lockTimeoutRetries, firstRetryPause, acceptChangedChecksums,
                newListener);
    }
}
