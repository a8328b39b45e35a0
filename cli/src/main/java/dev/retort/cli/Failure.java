package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.ChangedRevisionsException;
import dev.retort.MigrationLockTimeoutException;
import dev.retort.RetortException;
import dev.retort.RevisionFailedException;
import java.util.Map;

/** How an error ends a command: its exit code, and its JSON form with a {@code kind} programs can switch on. */
record Failure(Exit exit, Map<String, Object> json) {

    static Failure of(RuntimeException error) {
        String message = oneLine(error);
        if (error instanceof MigrationLockTimeoutException e) {
            return new Failure(Exit.LOCK_TIMEOUT, object("kind", "lock_timeout", "message", message,
                    "holder", e.holder()));
        }
        if (error instanceof ChangedRevisionsException e) {
            return new Failure(Exit.DIFFERENCES, object("kind", "changed_revisions", "message", message,
                    "changedRevisions", JsonViews.each(e.mismatches(), JsonViews::mismatch)));
        }
        if (error instanceof RevisionFailedException e) {
            return new Failure(Exit.FAILED, object("kind", "revision_failed", "message", message,
                    "revision", e.revisionId(), "class", e.revisionClass(), "statement", e.statement()));
        }
        if (error instanceof RetortException) {
            return new Failure(Exit.FAILED, object("kind", "failed", "message", message));
        }
        return new Failure(Exit.FAILED, object("kind", "internal", "message", message));
    }

    /** The error's message on one line; with its class when it is not Retort's (then it is likely a bug). */
    static String oneLine(Throwable error) {
        String message = error instanceof RetortException && error.getMessage() != null
                ? error.getMessage() : error.toString();
        return collapse(message);
    }

    /** The text on one line. */
    static String collapse(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
