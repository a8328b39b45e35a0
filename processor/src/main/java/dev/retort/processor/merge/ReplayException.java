package dev.retort.processor.merge;

/** The revisions could not be replayed at compile time; the message says why and which revision. */
public final class ReplayException extends Exception {

    private static final long serialVersionUID = 1L;

    ReplayException(String message) {
        super(message);
    }

    ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
