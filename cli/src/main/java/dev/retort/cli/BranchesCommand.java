package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.BranchPoint;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "branches", sortOptions = false,
        description = "The revisions where the history splits, with the revisions that follow each. Needs no "
                + "database.")
final class BranchesCommand extends RetortCommand {

    @Option(names = {"-v", "--verbose"}, description = "Every detail of each branch point.")
    boolean verbose;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        Retort retort = onlineOrOffline(database);
        List<BranchPoint> points = retort.branches();
        Shape shape = Shape.of(retort);
        Map<String, RevisionInfo> byId = retort.history().stream()
                .collect(Collectors.toMap(RevisionInfo::id, Function.identity()));
        StringBuilder text = new StringBuilder();
        for (BranchPoint point : points) {
            text.append(verbose ? TextViews.block(point.revision(), shape)
                    : TextViews.summary(point.revision(), shape) + "\n");
            for (String child : point.children()) {
                text.append("  -> ").append(TextViews.summary(byId.get(child), shape)).append('\n');
            }
            if (verbose) {
                text.append('\n');
            }
        }
        if (points.isEmpty()) {
            text.append("The history does not split: no revision is followed by more than one.\n");
        }
        return Outcome.ok(object("branchPoints", JsonViews.each(points, JsonViews::branchPoint)), text.toString());
    }
}
