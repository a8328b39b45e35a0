package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.RevisionInfo;
import dev.retort.StampResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", sortOptions = false,
        description = {"Record <target> in the version table without running anything, e.g. to adopt a database "
                + "made by hand or by Hibernate; then run check to see whether the stamp is true."})
final class StampCommand extends RetortCommand {

    @Parameters(paramLabel = "<target>", description = "A revision (it and what it needs), head, heads, base, +N, -N")
    String target;

    @Option(names = "--purge", description = "Empty the version table first, whatever it holds, even revisions this "
            + "application does not know.")
    boolean purge;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        StampResult result = online(database).stamp(target, purge);
        List<String> now = result.current().stream().map(RevisionInfo::id).toList();
        String text = "Stamped " + target + (purge ? " (purged first)" : "") + ": the version table held "
                + (result.before().isEmpty() ? "nothing" : String.join(", ", result.before()))
                + "; it now records " + (now.isEmpty() ? "nothing (base)" : String.join(", ", now))
                + ". Nothing ran.\n";
        return Outcome.ok(object("target", target, "purge", purge, "before", result.before(),
                "current", JsonViews.revisions(result.current())), text);
    }
}
