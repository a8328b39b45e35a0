package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "heads", sortOptions = false,
        description = "The revisions nothing follows or depends on. Needs no database.")
final class HeadsCommand extends RetortCommand {

    @Option(names = {"-v", "--verbose"}, description = "Every detail of each revision.")
    boolean verbose;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        Retort retort = onlineOrOffline(database);
        List<RevisionInfo> heads = retort.heads();
        Shape shape = Shape.of(retort);
        StringBuilder text = new StringBuilder();
        for (RevisionInfo head : heads) {
            text.append(verbose ? TextViews.block(head, shape) + "\n" : TextViews.summary(head, shape) + "\n");
        }
        if (heads.isEmpty()) {
            text.append("No revisions on the class path.\n");
        }
        return Outcome.ok(object("heads", JsonViews.revisions(heads)), text.toString());
    }
}
