package dev.retort;

/**
 * Why Retort could not do what it was asked: a revision class it cannot load, a revision graph or target that makes no
 * sense, a database it cannot reach or whose version table names revisions the code does not know. A revision whose
 * statement failed on the database is a {@link RevisionFailedException}; a migration lock that stayed held too long, a
 * {@link MigrationLockTimeoutException}; applied revisions that were edited, a {@link ChangedRevisionsException}.
 */
public sealed class RetortException extends RuntimeException
        permits RevisionFailedException, MigrationLockTimeoutException, ChangedRevisionsException {

    private static final long serialVersionUID = 1L;

    RetortException(String message) {
        super(message);
    }

    RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
