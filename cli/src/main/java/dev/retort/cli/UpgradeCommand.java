package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", sortOptions = false,
        description = "Apply revisions up to <target>, each in its own transaction.")
final class UpgradeCommand extends RetortCommand {

    @Parameters(paramLabel = "<target>", description = "head, heads, +N, a revision id or unique prefix, a branch "
            + "label, label@head, label@+N, <revision>+N, <revision>-N")
    String target;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        List<RevisionInfo> applied = online(database).withListener(progress).upgrade(target);
        String text = applied.isEmpty()
                ? "Nothing to upgrade: the database is already at " + target + ".\n"
                : "Applied " + TextViews.plural(applied.size(), "revision") + " (upgrade " + target + "):\n"
                        + TextViews.lines(applied);
        return Outcome.ok(object("target", target, "applied", JsonViews.revisions(applied)), text);
    }

    @Override
    String finishedKey() {
        return "applied";
    }
}
