package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", sortOptions = false,
        description = "Undo revisions down to <target>, each in its own transaction.")
final class DowngradeCommand extends RetortCommand {

    @Parameters(paramLabel = "<target>", description = "-N, base, a revision (what follows it is undone), "
            + "label@base, label@-N, <revision>-N")
    String target;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        List<RevisionInfo> undone = online(database).withListener(progress).downgrade(target);
        String text = undone.isEmpty()
                ? "Nothing to downgrade: the database is already at " + target + ".\n"
                : "Undid " + TextViews.plural(undone.size(), "revision") + " (downgrade " + target + "):\n"
                        + TextViews.lines(undone);
        return Outcome.ok(object("target", target, "undone", JsonViews.revisions(undone)), text);
    }

    @Override
    String finishedKey() {
        return "undone";
    }
}
