package dev.retort;

/**
 * Retort's logger ({@link System.Logger}, named after {@link Retort}), looked up when a message is first logged: the
 * logging system starts then, not when a command that logs nothing (a start with nothing to do) loads these classes.
 */
final class Log {

    private Log() {}

    private static final class Holder {
        static final System.Logger LOGGER = System.getLogger(Retort.class.getName());
    }

    static System.Logger get() {
        return Holder.LOGGER;
    }
}
