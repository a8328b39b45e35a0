package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.ChecksumMismatch;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "repair", sortOptions = false,
        description = {"Accept the applied revisions as they are now: record the checksums of those edited since they "
                + "were applied (or never recorded). Nothing runs. Run check first."})
final class RepairCommand extends RetortCommand {

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        List<ChecksumMismatch> accepted = online(database).withListener(progress).repair();
        StringBuilder text = new StringBuilder();
        if (accepted.isEmpty()) {
            text.append("Nothing to repair: the checksums of the applied revisions are recorded and unchanged.\n");
        } else {
            text.append("Recorded the checksums of ").append(TextViews.plural(accepted.size(), "revision"))
                    .append(":\n");
            accepted.forEach(m -> text.append("  ").append(TextViews.mismatch(m)).append('\n'));
        }
        return Outcome.ok(object("accepted", JsonViews.each(accepted, JsonViews::mismatch)), text.toString());
    }
}
