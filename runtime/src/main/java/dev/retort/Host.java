package dev.retort;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;

/** Who runs a command, as the history table and the lock file record it. */
final class Host {

    private static volatile String name;

    private Host() {}

    /** This machine's host name, looked up once. */
    static String name() {
        String known = name;
        if (known == null) {
            try {
                known = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                known = "unknown host";
            }
            name = known;
        }
        return known;
    }

    /** {@code app_user on web-1 (pid 4711)}: the database user (the OS user for SQLite), host and process. */
    static String appliedBy(Connection connection) throws SQLException {
        String user = connection.getMetaData().getUserName();
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.name", "unknown user");
        }
        String text = user + " on " + name() + " (pid " + ProcessHandle.current().pid() + ")";
        return text.length() <= 255 ? text : text.substring(0, 255);
    }
}
