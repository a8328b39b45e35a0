package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Brings a database to a revision of its schema, typically once at boot, and answers what an operator asks about it:
 *
 * <pre>{@code
 * Retort.at(dataSource).upgrade("head");
 * }</pre>
 *
 * <p>Revisions are the classes listed in the {@code META-INF/retort/revisions} resources that the annotation processor
 * writes, or those given to {@link #withRevisions}. Every command opens one connection and closes it before it
 * returns, and returns records, never text. The commands that change the database ({@link #upgrade},
 * {@link #downgrade}, {@link #stamp}, {@link #repair}) and {@link #check} first take the database's migration lock, so
 * that instances booting together apply each revision once; they read the version table only once they hold it. An
 * upgrade or downgrade checks everything it can (the target, the version table, the checksums of applied revisions,
 * that every revision renders on this database) before it changes anything, then runs each revision in its own
 * transaction, together with the version table's update and a row of the history table.
 *
 * <p>Targets are Alembic's: {@code head}, {@code heads}, {@code base}, {@code +N}, {@code -N}, a revision id or unique
 * prefix, a branch label, {@code label@head}, {@code label@base}, {@code label@+N}, {@code label@-N}, and a revision
 * moved along its branch, {@code <revision>+N} or {@code <revision>-N} (e.g. {@code head-1}).
 *
 * <p>Instances are immutable: the {@code with...} methods return changed copies.
 */
public final class Retort {

    private final ConnectionSource connections;
    /** Null: the context class loader of the thread that runs a command. */
    private final ClassLoader classLoader;
    /** Null: the revisions listed in the index resources. */
    private final List<Class<? extends Migration>> revisions;
    /** Null unless revisions were given already loaded (tests of this package). */
    private final List<LoadedRevision> loaded;
    private final Settings settings;

    private Retort(ConnectionSource connections, ClassLoader classLoader, List<Class<? extends Migration>> revisions,
            List<LoadedRevision> loaded, Settings settings) {
        this.connections = connections;
        this.classLoader = classLoader;
        this.revisions = revisions;
        this.loaded = loaded;
        this.settings = settings;
    }

    public static Retort at(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Retort(dataSource::getConnection, null, null, null, Settings.DEFAULT);
    }

    public static Retort at(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Retort(() -> DriverManager.getConnection(jdbcUrl), null, null, null, Settings.DEFAULT);
    }

    public static Retort at(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Retort(() -> DriverManager.getConnection(jdbcUrl, user, password), null, null, null,
                Settings.DEFAULT);
    }

    /**
     * A Retort without a database: for {@link #sql} scripts, and for {@link #history}, {@link #heads},
     * {@link #branches} and {@link #show}, which then report nothing as applied. Every other command fails.
     */
    public static Retort offline() {
        return new Retort(null, null, null, null, Settings.DEFAULT);
    }

    /** Finds the revision index resources, and the classes they list, with {@code loader}. */
    public Retort withClassLoader(ClassLoader loader) {
        return new Retort(connections, Objects.requireNonNull(loader, "loader"), revisions, loaded, settings);
    }

    /** Uses exactly these revision classes instead of the ones the index resources list. */
    public Retort withRevisions(List<Class<? extends Migration>> revisionClasses) {
        return new Retort(connections, classLoader, List.copyOf(revisionClasses), null, settings);
    }

    /** How long a command waits for another instance to release the migration lock; by default 5 minutes. */
    public Retort withLockWait(Duration wait) {
        return with(settings.withLockWait(requirePositive(wait, "wait")));
    }

    /**
     * PostgreSQL's {@code lock_timeout} for the statements of revisions (by default 10 seconds), and how many times a
     * revision that waited longer than that for a table's lock runs again, after pauses that double from half a second
     * (by default 3 times). A statement that waits for a busy table holds up every query behind it; failing fast and
     * retrying keeps the application responsive. Other databases ignore this.
     */
    public Retort withDdlLockTimeout(Duration timeout, int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries cannot be negative: " + retries);
        }
        return with(settings.withDdlLockTimeout(requirePositive(timeout, "timeout"), retries));
    }

    /**
     * Accepts applied revisions that were edited since they were applied: an upgrade or downgrade records their new
     * checksums, as {@link #repair()} does, instead of refusing to run. Use it once, after checking that the database
     * matches the edited revisions.
     */
    public Retort acceptingChangedChecksums() {
        return with(settings.withAcceptChangedChecksums(true));
    }

    /** Tells {@code listener} how commands go: lock waits, each revision's start and end. */
    public Retort withListener(MigrationListener listener) {
        return with(settings.withListener(Objects.requireNonNull(listener, "listener")));
    }

    /**
     * Applies revisions up to {@code target}: {@code head} (the single head of the history), {@code heads} (every
     * branch), {@code +N} (the next N revisions not applied yet), {@code label@+N}, or a revision (that revision and
     * the ones it needs).
     *
     * @return the revisions applied, in the order they were
     * @throws RevisionFailedException when a statement fails; that revision is rolled back, the earlier ones stay
     * @throws ChangedRevisionsException when applied revisions were edited since (nothing changed)
     * @throws MigrationLockTimeoutException when another instance held the migration lock too long (nothing changed)
     * @throws RetortException when the target cannot be reached or a revision cannot run on this database (both
     *     found before anything changes), or when the database cannot be reached
     */
    public List<RevisionInfo> upgrade(String target) {
        Objects.requireNonNull(target, "target");
        String command = "upgrade " + target;
        if (connections == null) {
            throw offline(command);
        }
        // The index describes the revisions well enough to tell that there is nothing to do; the classes are loaded
        // only when there is something to do, or something to verify.
        List<RevisionIndex.Entry> entries = revisions == null && loaded == null ? RevisionIndex.read(loader()) : null;
        RevisionGraph described = entries == null ? null : describedGraph(entries);
        if (described == null) {
            return run(command, entries == null ? graph() : graph(entries), true, null,
                    migrator -> migrator.upgrade(target));
        }
        return run(command, null, true,
                (connection, dialect) -> NothingToDo.forUpgrade(connection, dialect, described, target)
                        ? List.of() : null,
                migrator -> migrator.upgrade(target), () -> graph(entries));
    }

    /**
     * Undoes revisions down to {@code target}: {@code -N} (the last N applied), {@code base} (all of them),
     * {@code label@base}, {@code label@-N}, or a revision (what follows it on its branch, and what needs that; the
     * revision stays applied).
     *
     * @return the revisions undone, in the order they were
     * @throws RevisionFailedException when a statement fails; that revision is rolled back, the earlier ones stay
     * @throws ChangedRevisionsException when applied revisions were edited since (nothing changed)
     * @throws MigrationLockTimeoutException when another instance held the migration lock too long (nothing changed)
     * @throws RetortException when the target cannot be reached or a revision cannot run on this database (both
     *     found before anything changes), or when the database cannot be reached
     */
    public List<RevisionInfo> downgrade(String target) {
        Objects.requireNonNull(target, "target");
        return locked("downgrade " + target, migrator -> migrator.downgrade(target));
    }

    /** The revisions the version table records: the heads of what the database has applied. */
    public List<RevisionInfo> current() {
        return unlocked("current", Migrator::current);
    }

    /** Every known revision, newest first. */
    public List<RevisionInfo> history() {
        return views("history").history();
    }

    /**
     * The revisions of a range {@code from:to}, newest first: those that follow {@code from} (or are it) and that
     * {@code to} needs (or is). Either end may be empty, {@code base}, {@code current} or a revision; {@code to} may
     * also be {@code head} or {@code heads}. E.g. {@code base:head}, {@code a1b2:}, {@code :billing@head},
     * {@code current:heads} (what an upgrade to heads would apply, and the current revisions).
     */
    public List<RevisionInfo> history(String range) {
        Objects.requireNonNull(range, "range");
        return views("history " + range).history(range);
    }

    /** The revisions nothing follows or depends on. */
    public List<RevisionInfo> heads() {
        return views("heads").heads();
    }

    /** The revisions where the history splits into branches. */
    public List<BranchPoint> branches() {
        return views("branches").branches();
    }

    /** One revision: what it declares, where it stands, what it does, its checksum and its runs. */
    public RevisionDetails show(String revision) {
        Objects.requireNonNull(revision, "revision");
        return views("show " + revision).show(revision);
    }

    /**
     * Records {@code target} in the version table without running anything, e.g. to adopt a database whose tables
     * exist already (then {@link #check()} tells whether the stamp is true). A revision target records exactly it and
     * what it needs; {@code heads} every revision; {@code base} none; {@code +N} and {@code -N} move from the current
     * revisions.
     *
     * @throws RetortException when the version table names revisions the application does not have; see
     *     {@link #stamp(String, boolean)}
     */
    public StampResult stamp(String target) {
        return stamp(target, false);
    }

    /**
     * {@link #stamp(String)}; with {@code purge}, the version table is emptied first, whatever it holds, even revisions
     * the application does not know.
     */
    public StampResult stamp(String target, boolean purge) {
        Objects.requireNonNull(target, "target");
        return locked("stamp " + target, migrator -> migrator.stamp(target, purge));
    }

    /**
     * Compares the live schema (PostgreSQL's catalog, SQLite's schema) with the schema the applied revisions produce,
     * and lists the differences; a clean report means the database is where its version table says.
     */
    public DriftReport check() {
        return locked("check", Migrator::check);
    }

    /** The applied revisions that were edited since they were applied (their checksums differ); empty if none. */
    public List<ChecksumMismatch> changedRevisions() {
        return unlocked("changed revisions", Migrator::changedRevisions);
    }

    /**
     * Accepts every applied revision as it is now, like Flyway's repair: records the current checksum of those that
     * were edited since they were applied, or whose checksum was never recorded. Nothing runs.
     *
     * @return the revisions whose checksum was recorded
     */
    public List<ChecksumMismatch> repair() {
        return locked("repair", Migrator::repair);
    }

    /**
     * The offline script of an upgrade or downgrade for a DBA, on a database at {@code from} ({@code base} or empty for
     * an empty database, or a revision), to {@code to} (any target; a revision behind {@code from}, {@code base} and
     * {@code -N} make a downgrade). Needs no database.
     *
     * @param dialect {@code postgresql} or {@code sqlite}
     */
    public SqlScript sql(String from, String to, String dialect) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(dialect, "dialect");
        return OfflineScript.write(graph(), from, to, dialect, settings.ddlLockTimeout());
    }

    /** {@link #sql(String, String, String)} of a range {@code from:to}, e.g. {@code base:head} or {@code head:base}. */
    public SqlScript sql(String range, String dialect) {
        Objects.requireNonNull(range, "range");
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new RetortException("'" + range + "' is not a range; write from:to, e.g. base:head or head:base");
        }
        return sql(range.substring(0, colon), range.substring(colon + 1), dialect);
    }

    /** Revisions already loaded, for the tests of this package (histories made without classes). */
    Retort withLoadedRevisions(List<LoadedRevision> revisions) {
        return new Retort(connections, classLoader, null, List.copyOf(revisions), settings);
    }

    @FunctionalInterface
    private interface Command<T> {
        T run(Migrator migrator) throws SQLException;
    }

    /** What a command can answer without the revision classes; null when it cannot. */
    @FunctionalInterface
    private interface Shortcut<T> {
        T answer(Connection connection, Dialect dialect) throws SQLException;
    }

    private Retort with(Settings newSettings) {
        return new Retort(connections, classLoader, revisions, loaded, newSettings);
    }

    private Views views(String command) {
        RevisionGraph graph = graph();
        if (connections == null) {
            return new Views(graph, Set.of(), Set.of(), List.of(), false);
        }
        return run(command, graph, false, null, Migrator::views);
    }

    private <T> T unlocked(String command, Command<T> body) {
        return run(command, graph(), false, null, body);
    }

    private <T> T locked(String command, Command<T> body) {
        return run(command, graph(), true, null, body);
    }

    private <T> T run(String command, RevisionGraph graph, boolean locked, Shortcut<T> shortcut, Command<T> body) {
        return run(command, graph, locked, shortcut, body, () -> graph);
    }

    /**
     * Runs {@code body} on a connection of its own; a locked command first takes the migration lock, and tries the
     * {@code shortcut} (if any) before it sets the lock_timeout and loads the revisions ({@code graph}).
     */
    @SuppressWarnings("try") // the lock and the lock_timeout are held for the body, which never names them
    private <T> T run(String command, RevisionGraph graph, boolean locked, Shortcut<T> shortcut, Command<T> body,
            Supplier<RevisionGraph> revisionGraph) {
        if (connections == null) {
            throw offline(command);
        }
        try (Connection connection = connections.open()) {
            Dialect dialect = dialect(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                if (!locked) {
                    return body.run(new Migrator(connection, dialect, revisionGraph.get(), settings));
                }
                try (MigrationLock lock = MigrationLock.acquire(connection, dialect, settings.lockWait(),
                        settings.listener())) {
                    T answer = shortcut == null ? null : shortcut.answer(connection, dialect);
                    if (answer != null) {
                        return answer;
                    }
                    Migrator migrator = new Migrator(connection, dialect, revisionGraph.get(), settings);
                    try (DdlLockTimeout timeout = DdlLockTimeout.apply(connection, dialect,
                            settings.ddlLockTimeout())) {
                        return body.run(migrator);
                    }
                }
            } finally {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new RetortException(command + " failed: " + e.getMessage(), e);
        }
    }

    private static Dialect dialect(Connection connection) throws SQLException {
        try {
            return Dialect.of(connection);
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage(), e);
        }
    }

    private static RetortException offline(String command) {
        return new RetortException(command + " needs a database, and this Retort is offline; use Retort.at(...)");
    }

    private RevisionGraph graph() {
        return RevisionGraph.of(loadRevisions());
    }

    private RevisionGraph graph(List<RevisionIndex.Entry> entries) {
        return RevisionGraph.of(RevisionIndex.load(entries, loader()));
    }

    /** The graph of the revisions as the index describes them; null when it does not describe them all, or wrongly. */
    private static RevisionGraph describedGraph(List<RevisionIndex.Entry> entries) {
        List<LoadedRevision> described = RevisionIndex.described(entries);
        if (described == null) {
            return null;
        }
        try {
            return RevisionGraph.of(described);
        } catch (RetortException e) {
            // The classes tell what is wrong, or that the index was out of date.
            return null;
        }
    }

    private ClassLoader loader() {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Retort.class.getClassLoader();
    }

    private List<LoadedRevision> loadRevisions() {
        if (loaded != null) {
            return loaded;
        }
        if (revisions != null) {
            List<LoadedRevision> result = new ArrayList<>();
            revisions.forEach(type -> result.add(LoadedRevision.load(type, "given to withRevisions")));
            return result;
        }
        return RevisionIndex.load(loader());
    }

    private static Duration requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }
}
