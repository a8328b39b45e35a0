package dev.retort.cli;

import dev.retort.Retort;
import dev.retort.RevisionDetails;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", sortOptions = false,
        description = {"One revision: what it declares and does, its checksum, and (with --url) its runs.",
                "Needs no database."})
final class ShowCommand extends RetortCommand {

    @Parameters(paramLabel = "<revision>", description = "A revision id, unique prefix or branch label; also head.")
    String revision;

    @Mixin
    DatabaseOptions database;

    @Override
    Outcome run(Progress progress) {
        Retort retort = onlineOrOffline(database);
        RevisionDetails details = retort.show(revision);
        StringBuilder text = new StringBuilder(TextViews.block(details.revision(), Shape.of(retort)));
        text.append('\n');
        field(text, "Children", details.children());
        field(text, "Dependents", details.dependents());
        text.append("Checksum: ").append(details.checksum()).append('\n');
        section(text, "Upgrade", details.upgradeOperations());
        section(text, "Downgrade", details.downgradeOperations());
        if (database.hasDatabase(cli.environment())) {
            section(text, "Runs", details.runs().stream().map(TextViews::run).toList());
        }
        return Outcome.ok(JsonViews.details(details), text.toString());
    }

    private static void field(StringBuilder text, String name, List<String> values) {
        text.append(name).append(": ").append(values.isEmpty() ? "-" : String.join(", ", values)).append('\n');
    }

    private static void section(StringBuilder text, String name, List<String> lines) {
        text.append(name).append(':').append(lines.isEmpty() ? " nothing" : "").append('\n');
        lines.forEach(line -> text.append("  ").append(line).append('\n'));
    }
}
