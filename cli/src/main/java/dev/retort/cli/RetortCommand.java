package dev.retort.cli;

import dev.retort.Retort;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command does around its work: report the outcome as text or as one JSON document on standard output,
 * progress on standard error, and an error as one line on standard error (with its stack trace under
 * {@code --debug}) and the exit code that says what kind of error it was.
 */
abstract class RetortCommand implements Callable<Integer> {

    @ParentCommand
    RetortCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    /** Does the command's work, telling {@code progress} how long work goes. */
    abstract Outcome run(Progress progress);

    /**
     * The JSON key under which a failed command lists the revisions that ran before the failure and stay so
     * ({@code applied}, {@code undone}); null when the command runs no revision.
     */
    String finishedKey() {
        return null;
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, output.quiet);
        Outcome outcome;
        try {
            outcome = run(progress);
        } catch (ParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            err.println("error: " + Failure.oneLine(e));
            if (output.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            if (output.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("error", failure.json());
                if (finishedKey() != null) {
                    json.put(finishedKey(), JsonViews.revisions(progress.finished()));
                }
                out.print(document(failure.exit(), json));
                out.flush();
            }
            return failure.exit().code();
        }
        out.print(output.json ? document(outcome.exit(), outcome.json()) : outcome.text());
        out.flush();
        return outcome.exit().code();
    }

    /** The database the options or the environment name; a usage error when there is none. */
    Retort online(DatabaseOptions database) {
        return database.online(cli.environment(), spec);
    }

    /** The database the options or the environment name, else an offline Retort (nothing is applied). */
    Retort onlineOrOffline(DatabaseOptions database) {
        return database.onlineOrOffline(cli.environment(), spec);
    }

    private String document(Exit exit, Map<String, Object> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", spec.name());
        json.put("exitCode", exit.code());
        json.putAll(fields);
        return Json.write(json);
    }
}
