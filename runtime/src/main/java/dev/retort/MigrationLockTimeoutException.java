package dev.retort;

/**
 * The migration lock of the database stayed held by someone else for longer than the command may wait (see
 * {@link Retort#withLockWait}). Nothing was changed.
 */
public final class MigrationLockTimeoutException extends RetortException {

    private static final long serialVersionUID = 1L;

    private final String holder;

    MigrationLockTimeoutException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** What is known of the holder of the lock when the wait ended. */
    public String holder() {
        return holder;
    }
}
