package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "current", sortOptions = false,
        description = "The revisions the database is at: the rows of its version table.")
final class CurrentCommand extends RetortCommand {

    @Option(names = {"-v", "--verbose"}, description = "Every detail of each revision.")
    boolean verbose;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        Retort retort = online(database);
        List<RevisionInfo> current = retort.current();
        Shape shape = Shape.of(retort);
        StringBuilder text = new StringBuilder();
        if (current.isEmpty()) {
            text.append("No revision is applied: the database is at base.\n");
        }
        for (RevisionInfo revision : current) {
            text.append(verbose ? TextViews.block(revision, shape) + "\n" : TextViews.summary(revision, shape) + "\n");
        }
        return Outcome.ok(object("current", JsonViews.revisions(current)), text.toString());
    }
}
