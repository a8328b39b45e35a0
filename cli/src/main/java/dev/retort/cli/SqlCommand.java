package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.Retort;
import dev.retort.SqlScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", sortOptions = false,
        description = {"Write the offline script of an upgrade or downgrade for a DBA to standard output. Needs no "
                + "database.",
                "Run it with psql -v ON_ERROR_STOP=1 -f script.sql, or sqlite3 -bail app.db < script.sql."})
final class SqlCommand extends RetortCommand {

    @Parameters(paramLabel = "<from:to>", description = "The database is at <from> (base or empty: an empty database; "
            + "heads; a revision); <to> is any target: base:head, a1b2:head, head:base, head:-1")
    String range;

    @Option(names = "--dialect", required = true, paramLabel = "<dialect>",
            description = "sqlite or postgresql")
    String dialect;

    @Override
    Outcome run(Progress progress) {
        SqlScript script = Retort.offline().sql(range, dialect);
        return Outcome.ok(object(
                "range", range,
                "dialect", script.dialect(),
                "direction", script.direction().noun(),
                "revisions", JsonViews.revisions(script.revisions()),
                "script", script.text()), script.text());
    }
}
