package dev.retort.bench.app.liquibase;

import dev.retort.bench.app.Probe;
import java.nio.file.Path;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.changelog.visitor.DefaultChangeExecListener;
import liquibase.command.core.AbstractUpdateCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Boots as an application using Liquibase's Java API does: the {@code update} command on a changelog of a directory
 * (one formatted-SQL file with a changeset per migration).
 *
 * <pre>
 * update URL USER PASSWORD DIR CHANGELOG
 * </pre>
 *
 * <p>The suite starts it with {@code -Dliquibase.analytics.enabled=false}: Liquibase 4.30+ otherwise tries to send
 * usage data to its vendor, which no benchmark (and no offline machine) should wait for.
 */
public final class LiquibaseMain {

    private LiquibaseMain() {}

    public static void main(String[] args) throws Exception {
        if (!args[0].equals("update")) {
            throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        String url = args[1];
        String user = args[2];
        String password = args[3];
        Path directory = Path.of(args[4]);
        String changelog = args[5];
        Probe.measure(() -> {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                    new JdbcConnection(Probe.connect(url, user, password)));
            try (DirectoryResourceAccessor resources = new DirectoryResourceAccessor(directory)) {
                return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () -> {
                    CommandResults results = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .execute();
                    Object listener = results.getResult(
                            AbstractUpdateCommandStep.DEFAULT_CHANGE_EXEC_LISTENER_RESULT_KEY);
                    return listener instanceof DefaultChangeExecListener deployed
                            ? (long) deployed.getDeployedChangeSets().size()
                            : -1L;
                });
            } finally {
                database.close();
            }
        });
    }
}
