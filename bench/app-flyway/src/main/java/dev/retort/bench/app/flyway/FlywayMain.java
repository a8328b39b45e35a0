package dev.retort.bench.app.flyway;

import dev.retort.bench.app.Probe;
import org.flywaydb.core.Flyway;

/**
 * Boots as an application using Flyway does: {@code Flyway.configure()...load().migrate()}, with the SQL migrations
 * of a directory ({@code V001__....sql}, ...).
 *
 * <pre>
 * migrate URL USER PASSWORD DIR
 * </pre>
 */
public final class FlywayMain {

    private FlywayMain() {}

    public static void main(String[] args) throws Exception {
        if (!args[0].equals("migrate")) {
            throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        String url = args[1];
        String user = args[2];
        String password = args[3];
        String directory = args[4];
        Probe.measure(() -> Flyway.configure()
                .dataSource(url, user.isEmpty() ? null : user, user.isEmpty() ? null : password)
                .locations("filesystem:" + directory)
                .load()
                .migrate()
                .migrationsExecuted);
    }
}
