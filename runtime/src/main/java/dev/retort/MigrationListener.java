package dev.retort;

import java.time.Duration;

/**
 * Hears how a command that changes the database is going, e.g. to show progress; every method does nothing unless
 * overridden. Called on the thread that runs the command, which holds the migration lock meanwhile; an exception thrown
 * here stops the command, and the revisions that ran before stay applied.
 */
public interface MigrationListener {

    /**
     * The command waits for the migration lock, which another process or thread holds; told when the wait starts and
     * about every ten seconds after.
     *
     * @param holder what is known of the holder (PostgreSQL: its backend pid, application name and client address;
     *     SQLite: the process id and host written into the lock file)
     * @param waited how long the command has waited so far
     */
    default void waitingForLock(String holder, Duration waited) {}

    /** A revision is about to run. */
    default void stepStarted(StepProgress progress) {}

    /** A revision has run and committed. */
    default void stepFinished(StepProgress progress) {}
}
