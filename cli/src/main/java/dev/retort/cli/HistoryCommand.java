package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", sortOptions = false,
        description = {"The revisions, newest first; with --url, which are applied. Needs no database."})
final class HistoryCommand extends RetortCommand {

    @Parameters(paramLabel = "<from:to>", arity = "0..1", description = "Only this range, e.g. base:head, a1b2:, "
            + ":billing@head, current:heads (current needs --url).")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Every detail of each revision.")
    boolean verbose;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        Retort retort = onlineOrOffline(database);
        List<RevisionInfo> revisions = range == null ? retort.history() : retort.history(range);
        Shape shape = Shape.of(retort);
        StringBuilder text = new StringBuilder();
        for (RevisionInfo revision : revisions) {
            text.append(verbose ? TextViews.block(revision, shape) + "\n" : TextViews.edge(revision, shape) + "\n");
        }
        if (revisions.isEmpty()) {
            text.append(range == null ? "No revisions on the class path.\n" : "No revisions in " + range + ".\n");
        }
        return Outcome.ok(object("range", range, "revisions", JsonViews.revisions(revisions)), text.toString());
    }
}
