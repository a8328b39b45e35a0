package dev.retort.dialect;

import dev.retort.operation.Operation;

/** An operation this database cannot perform (yet). The message names the operation and the database. */
public final class UnsupportedOperationOnDialectException extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    public UnsupportedOperationOnDialectException(Operation operation, String dialect, String why) {
        super("cannot " + operation.describe() + " on " + dialect + ": " + why);
    }
}
