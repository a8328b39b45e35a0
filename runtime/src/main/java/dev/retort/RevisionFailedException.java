package dev.retort;

import java.sql.SQLException;

/**
 * A statement of a revision failed on the database; its cause is the database's {@link SQLException}. A transactional
 * revision's transaction was rolled back, so its schema changes and its version-table update are undone; revisions
 * applied before it in the same command stay applied. A non-transactional revision's statements before the failing one
 * stay applied and the version table is not changed: the next upgrade runs a failed upgrade again, and the next upgrade
 * or downgrade a failed downgrade, from its first statement.
 */
public final class RevisionFailedException extends RetortException {

    private static final long serialVersionUID = 1L;

    private final String revisionId;
    private final String revisionClass;
    private final String statement;

    RevisionFailedException(PlannedStep step, String statement, SQLException cause) {
        super(step.direction().noun() + " of revision " + step.revision().describe()
                + (step.revision().transactional()
                        ? " failed and was rolled back: "
                        : " failed; it runs without a transaction, so its statements before this one stay applied,"
                                + " and the next " + (step.direction() == Direction.UPGRADE ? "upgrade runs it"
                                        : "upgrade or downgrade runs its downgrade")
                                + " again from its first statement: ")
                + cause.getMessage() + " [statement: " + statement + "]", cause);
        this.revisionId = step.revision().id();
        this.revisionClass = step.revision().className();
        this.statement = statement;
    }

    public String revisionId() {
        return revisionId;
    }

    /** The fully qualified name of the revision's class. */
    public String revisionClass() {
        return revisionClass;
    }

    /** The statement the database refused, as it was sent. */
    public String statement() {
        return statement;
    }
}
