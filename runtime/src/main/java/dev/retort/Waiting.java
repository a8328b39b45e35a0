package dev.retort;

import java.io.IOException;
import java.sql.SQLException;

/** Runs a wait, turning what it throws into what the commands throw. */
final class Waiting {

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private Waiting() {}

    static void run(Body body) throws SQLException {
        try {
            body.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("interrupted while waiting for the migration lock (nothing was changed)", e);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw new RetortException("cannot take the migration lock: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new RetortException("cannot take the migration lock: " + e, e);
        }
    }
}
