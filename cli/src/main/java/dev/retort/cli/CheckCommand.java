package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.ChecksumMismatch;
import dev.retort.DriftReport;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", sortOptions = false,
        description = {"Compare the live schema with the schema the applied revisions make (drift), and the applied "
                + "revisions with what they were when they ran (checksums). Exit code 3 when anything differs."})
final class CheckCommand extends RetortCommand {

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        Retort retort = online(database);
        DriftReport drift = retort.withListener(progress).check();
        List<ChecksumMismatch> changed = retort.changedRevisions();
        boolean clean = drift.isClean() && changed.isEmpty();
        String at = drift.current().isEmpty() ? "base"
                : String.join(", ", drift.current().stream().map(RevisionInfo::id).toList());
        StringBuilder text = new StringBuilder();
        if (clean) {
            text.append("No drift: the database is what its revisions (at ").append(at).append(") make.\n");
        }
        if (!drift.differences().isEmpty()) {
            text.append("Drift: the live schema differs from what the applied revisions (at ").append(at)
                    .append(") make; it has changed by:\n");
            drift.differences().forEach(d -> text.append("  ").append(d.description()).append('\n'));
        }
        if (!drift.interrupted().isEmpty()) {
            text.append("Interrupted runs (non-transactional revisions whose process died; the next upgrade runs "
                    + "them again):\n");
            drift.interrupted().forEach(run -> text.append("  ").append(run.revision()).append(' ')
                    .append(TextViews.run(run)).append('\n'));
        }
        if (!changed.isEmpty()) {
            text.append("Changed revisions (edited since they were applied; if the database matches them, run "
                    + "repair):\n");
            changed.forEach(m -> text.append("  ").append(TextViews.mismatch(m)).append('\n'));
        }
        return new Outcome(clean ? Exit.OK : Exit.DIFFERENCES, object(
                "clean", clean,
                "current", JsonViews.revisions(drift.current()),
                "differences", JsonViews.each(drift.differences(), JsonViews::difference),
                "interrupted", JsonViews.each(drift.interrupted(), JsonViews::run),
                "changedRevisions", JsonViews.each(changed, JsonViews::mismatch)), text.toString());
    }
}
