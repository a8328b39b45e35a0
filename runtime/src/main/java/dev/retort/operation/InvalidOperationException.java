package dev.retort.operation;

/** An operation that does not fit the schema it is applied to: it names a table or column that is not there, .... */
public final class InvalidOperationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public InvalidOperationException(Operation operation, String problem) {
        super("cannot " + operation.describe() + ": " + problem);
    }
}
