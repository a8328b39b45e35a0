package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.RevisionInfo;
import dev.retort.StepProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells standard error how a long command goes: the wait for the migration lock, each revision as it starts and
 * finishes (revision n of N, elapsed time). Remembers the revisions that finished, which stay applied (or undone)
 * when a later one fails.
 */
final class Progress implements MigrationListener {

    private final PrintWriter err;
    private final boolean quiet;
    private final List<RevisionInfo> finished = new ArrayList<>();
    private Duration startedAt = Duration.ZERO;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void waitingForLock(String holder, Duration waited) {
        say("waiting for the migration lock held by " + holder + " (" + Durations.format(waited) + " so far)");
    }

    @Override
    public void stepStarted(StepProgress step) {
        startedAt = step.elapsed();
        RevisionInfo revision = step.revision();
        say(counter(step) + step.direction().noun() + " " + revision.id()
                + (revision.message().isEmpty() ? "" : ", " + revision.message()) + " ...");
    }

    @Override
    public void stepFinished(StepProgress step) {
        finished.add(step.revision());
        say(counter(step) + "done in " + Durations.format(step.elapsed().minus(startedAt)) + " ("
                + Durations.format(step.elapsed()) + " elapsed)");
    }

    /** The revisions that ran to the end, in order. */
    List<RevisionInfo> finished() {
        return List.copyOf(finished);
    }

    private static String counter(StepProgress step) {
        return "[" + step.number() + "/" + step.total() + "] ";
    }

    private void say(String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
