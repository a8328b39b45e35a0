package dev.retort.testkit;

import dev.retort.Migration;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import dev.retort.schema.Schema;
import java.sql.DriverManager;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Assertions about an application's revisions, run against a database for tests, in the spirit of pytest-alembic:
 *
 * <pre>{@code
 * RetortTestKit kit = RetortTestKit.forUrl("jdbc:sqlite:" + tempDir.resolve("test.db"));
 * kit.assertSingleHead();
 * kit.assertUpgradeToHead();
 * kit.assertNoDrift();
 * kit.assertStairway();
 * }</pre>
 *
 * <p>Each assertion throws an {@link AssertionError} that names the revision and the step that failed, and says how;
 * JUnit 5 and other frameworks report it as a failed test. The revisions are found as the runtime finds them (the
 * {@code META-INF/retort/revisions} index on the class path), unless {@link #withRevisions} names them.
 *
 * <p>The assertions that touch the database start by downgrading it to base when revisions are applied, and leave it
 * at head: give the kit a database meant for tests (a temporary SQLite file, a throwaway PostgreSQL database), never
 * one with data you keep. An in-memory SQLite URL does not work: every connection would see another database.
 *
 * <p>Instances are immutable: the {@code with...} methods return changed copies.
 */
public final class RetortTestKit {

    private final Retort retort;
    private final Connections connections;
    private final ClassLoader classLoader;
    private final List<Class<? extends Migration>> revisions;

    private RetortTestKit(Retort retort, Connections connections, ClassLoader classLoader,
            List<Class<? extends Migration>> revisions) {
        this.retort = retort;
        this.connections = connections;
        this.classLoader = classLoader;
        this.revisions = revisions;
    }

    public static RetortTestKit forUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new RetortTestKit(Retort.at(jdbcUrl), () -> DriverManager.getConnection(jdbcUrl), null, null);
    }

    public static RetortTestKit forUrl(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new RetortTestKit(Retort.at(jdbcUrl, user, password),
                () -> DriverManager.getConnection(jdbcUrl, user, password), null, null);
    }

    public static RetortTestKit forDataSource(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new RetortTestKit(Retort.at(dataSource), dataSource::getConnection, null, null);
    }

    /** Finds the revision index and the revision classes with {@code loader}, as {@link Retort#withClassLoader}. */
    public RetortTestKit withClassLoader(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        return new RetortTestKit(retort.withClassLoader(loader), connections, loader, revisions);
    }

    /** Tests exactly these revision classes instead of those the index lists, as {@link Retort#withRevisions}. */
    public RetortTestKit withRevisions(List<Class<? extends Migration>> revisionClasses) {
        List<Class<? extends Migration>> copy = List.copyOf(revisionClasses);
        return new RetortTestKit(retort.withRevisions(copy), connections, classLoader, copy);
    }

    /**
     * The history has exactly one head: two branches that were not merged (the build writes the merge revision) make
     * {@code upgrade("head")} fail at boot.
     */
    public void assertSingleHead() {
        List<RevisionInfo> heads = commandOrFail("Reading the heads", Retort::heads);
        if (heads.isEmpty()) {
            throw new AssertionError("There are no revisions: the test kit found no revision index (is the Retort "
                    + "annotation processor on the processor path?) and was given no revisions");
        }
        if (heads.size() > 1) {
            throw new AssertionError("The revisions have " + heads.size() + " heads, " + Database.describe(heads)
                    + "; the application's upgrade to head fails until a merge revision joins them: build the "
                    + "module (the processor writes it) and commit it");
        }
    }

    /** From base, upgrading to every head runs every revision, and the database is then at the heads. */
    public void assertUpgradeToHead() {
        Database database = database();
        database.toBase("Upgrading from base to head");
        List<RevisionInfo> applied = upgradeToHeads("Upgrading from base to head");
        List<RevisionInfo> history = commandOrFail("Reading the history", Retort::history);
        if (applied.size() != history.size()) {
            throw new AssertionError("Upgrading from base to head applied " + applied.size() + " of the "
                    + history.size() + " revisions: " + Database.describe(applied));
        }
        Set<String> current = ids(commandOrFail("Reading the current revisions", Retort::current));
        Set<String> heads = ids(commandOrFail("Reading the heads", Retort::heads));
        if (!current.equals(heads)) {
            throw new AssertionError("After upgrading from base to head the database is at " + current
                    + ", but the heads are " + heads);
        }
    }

    /**
     * After upgrading from base to head, the live schema is the schema the revisions describe: a table or column made
     * by {@code op.execute(...)} SQL, or changed behind Retort's back, shows up here.
     */
    public void assertNoDrift() {
        Database database = database();
        database.toBase("The drift check");
        upgradeToHeads("The drift check's upgrade from base to head");
        Schema expected = database.normalize(new ExpectedSchema(new RevisionClasses(revisions, classLoader))
                .afterAll(commandOrFail("Reading the history", Retort::history)));
        List<String> changes = SchemaDifference.between(database.liveSchema(), expected);
        if (!changes.isEmpty()) {
            throw new AssertionError("After upgrading from base to head, the database does not have the schema the "
                    + "revisions describe (drift); to have it, the database would need: " + String.join(", ", changes)
                    + ". SQL run with op.execute(...) is invisible to Retort: describe schema changes with the "
                    + "Operations methods instead");
        }
    }

    /**
     * For every revision, from base and in the order they apply: upgrade it, downgrade it, upgrade it again. The
     * schema after the downgrade must equal the one before the upgrade, and the second upgrade must give the schema
     * of the first. The failure names the revision, its place in the history and the step.
     */
    public void assertStairway() {
        new Stairway(database()).climb();
    }

    private Database database() {
        return new Database(retort, connections);
    }

    private List<RevisionInfo> upgradeToHeads(String what) {
        // "heads", not "head": the upgrade is checked apart from the number of heads, which assertSingleHead checks.
        return commandOrFail(what, r -> r.upgrade("heads"));
    }

    private <T> T commandOrFail(String what, Function<Retort, T> command) {
        try {
            return command.apply(retort);
        } catch (RetortException e) {
            throw new AssertionError(what + " failed: " + e.getMessage(), e);
        }
    }

    private static Set<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).collect(Collectors.toSet());
    }
}
