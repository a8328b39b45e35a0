package dev.retort.cli;

import static dev.retort.cli.Json.object;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code retort} command, run on the application's class path so that it finds the application's revisions and
 * JDBC drivers: {@code java -cp app.jar:... dev.retort.cli.Main upgrade head --url jdbc:postgresql://db/app}.
 */
public final class Main {

    /** Held, or the logger and its level could be collected. */
    private static final Logger RUNTIME_LOG = Logger.getLogger("dev.retort");

    private Main() {}

    public static void main(String[] args) {
        quietRuntimeLog(Arrays.asList(args).contains("--debug"));
        PrintStream stdout = System.out;
        // Without a console, picocli writes the password prompt to System.out; standard output is the command's.
        System.setOut(System.err);
        int exitCode = run(args, stdout, System.err);
        stdout.flush();
        System.exit(exitCode);
    }

    /**
     * Runs a command in this JVM, as {@link #main} does, without exiting; the environment variables are this
     * process's.
     *
     * @return the exit code ({@link Exit})
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with the given environment variables. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine commandLine = new CommandLine(new RetortCli(environment));
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setParameterExceptionHandler((e, arguments) -> usageError(e, arguments));
        int exitCode = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    /**
     * The runtime logs each revision through {@code System.Logger}, which is {@code java.util.logging} unless the
     * application's class path routes it elsewhere. The progress lines say the same, so unless {@code --debug} only
     * warnings (a retry after lock_timeout) are logged, on one line each. A logging configuration of the user's own
     * ({@code -Djava.util.logging.config.file}) is left alone.
     */
    private static void quietRuntimeLog(boolean debug) {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        if (!debug) {
            RUNTIME_LOG.setLevel(Level.WARNING);
        }
    }

    /** One line on standard error, a pointer to the help, and the JSON document when {@code --json} was asked. */
    private static int usageError(ParameterException e, String[] arguments) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String message = Failure.collapse(e.getMessage());
        err.println("error: " + message + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        if (Arrays.asList(arguments).contains("--json")) {
            PrintWriter out = command.getOut();
            out.print(Json.write(object("command", command.getCommandName(), "exitCode", Exit.USAGE.code(),
                    "error", object("kind", "usage", "message", message))));
            out.flush();
        }
        return Exit.USAGE.code();
    }
}
