package dev.retort.diff;

/** A difference between two schemas that Retort cannot turn into operations yet. Names the table it concerns. */
public final class UnsupportedChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String table;

    public UnsupportedChangeException(String table, String message) {
        super(message);
        this.table = table;
    }

    /** The table whose change is not supported. */
    public String table() {
        return table;
    }
}
