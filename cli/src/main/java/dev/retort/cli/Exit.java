package dev.retort.cli;

/**
 * The exit codes of the {@code retort} command. Scripts depend on them: a code never changes its meaning, and
 * docs/cli.md lists them.
 */
public enum Exit {
    /** The command did what it was asked; {@code check} found no difference. */
    OK(0),
    /** The command failed: a revision's statement, the database, the revision graph, a target that cannot be reached. */
    FAILED(1),
    /** The command line is wrong: an unknown command or option, a missing argument, a password given as a value. */
    USAGE(2),
    /**
     * The database is not what its revisions say: {@code check} found drift, or applied revisions were edited since
     * (which {@code upgrade} and {@code downgrade} refuse until {@code repair}).
     */
    DIFFERENCES(3),
    /** Another process held the migration lock for longer than {@code --lock-wait}; nothing was changed. */
    LOCK_TIMEOUT(4);

    private final int code;

    Exit(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
