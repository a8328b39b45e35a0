package dev.retort.cli;

import dev.retort.Retort;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which database a command works on, and how long it waits for the migration lock. The password never comes from an
 * argument: it comes from {@value #PASSWORD_VARIABLE}, or from a prompt that does not echo ({@code --password}).
 */
final class DatabaseOptions {

    static final String URL_VARIABLE = "RETORT_URL";
    static final String USER_VARIABLE = "RETORT_USER";
    static final String PASSWORD_VARIABLE = "RETORT_PASSWORD";

    @Option(names = "--url", paramLabel = "<jdbc url>",
            description = "The database, e.g. jdbc:postgresql://db:5432/app or jdbc:sqlite:app.db "
                    + "(default: $" + URL_VARIABLE + ").")
    String url;

    @Option(names = "--user", paramLabel = "<user>", description = "The database user (default: $" + USER_VARIABLE
            + ", else what the URL says).")
    String user;

    @Option(names = "--password", arity = "0", interactive = true, echo = false, prompt = "Database password: ",
            preprocessor = PasswordPreprocessor.class,
            description = "Ask for the password, without echoing it. Without this option the password is $"
                    + PASSWORD_VARIABLE + ", if set. A password is never accepted as an argument.")
    char[] password;

    @Option(names = "--lock-wait", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "How long to wait for another process's migration lock: 500ms, 30s, 5m, 1h "
                    + "(default: 5m).")
    Duration lockWait;

    /** Whether a database was named, by option or environment. */
    boolean hasDatabase(Map<String, String> environment) {
        return url(environment) != null;
    }

    /**
     * The database and how to log in: the options, else the environment variables.
     *
     * @param url null when no database is named
     * @param user null to log in as the URL says
     * @param password null when there is none
     */
    record Login(String url, String user, String password) {

        @Override
        public String toString() {
            return "Login[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }

    Login login(Map<String, String> environment) {
        return new Login(url(environment), user != null ? user : blankToNull(environment.get(USER_VARIABLE)),
                password != null ? new String(password) : environment.get(PASSWORD_VARIABLE));
    }

    /**
     * The Retort of the named database.
     *
     * @throws ParameterException when none is named: a usage error
     */
    Retort online(Map<String, String> environment, CommandSpec command) {
        Login login = login(environment);
        if (login.url() == null) {
            throw new ParameterException(command.commandLine(), command.name() + " needs a database: give --url "
                    + "<jdbc url> or set $" + URL_VARIABLE);
        }
        Retort retort = login.user() == null && login.password() == null
                ? Retort.at(login.url())
                : Retort.at(login.url(), login.user(), login.password());
        return lockWait == null ? retort : retort.withLockWait(lockWait);
    }

    /** The named database's Retort, else an offline one (nothing counts as applied). */
    Retort onlineOrOffline(Map<String, String> environment, CommandSpec command) {
        return hasDatabase(environment) ? online(environment, command) : Retort.offline();
    }

    private String url(Map<String, String> environment) {
        return url != null ? url : blankToNull(environment.get(URL_VARIABLE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
