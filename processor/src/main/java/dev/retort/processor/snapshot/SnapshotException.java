package dev.retort.processor.snapshot;

import dev.retort.processor.Message;

/** A snapshot file that cannot be read or does not describe a schema; {@link #message()} says which. */
public final class SnapshotException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Message message;

    SnapshotException(Message message, String problem) {
        super(problem);
        this.message = message;
    }

    /** {@link Message#SNAPSHOT_UNREADABLE} or {@link Message#SNAPSHOT_INVALID}. */
    public Message message() {
        return message;
    }
}
