package dev.retort;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Brings a database to a revision of its schema; typically called once at boot:
 *
 * <pre>{@code
 * Retort.at(dataSource).upgrade("head");
 * }</pre>
 *
 * <p>Revisions are the classes listed in the {@code META-INF/retort/revisions} resources that the annotation processor
 * writes, or those given to {@link #withRevisions}. Every command opens one connection and closes it before it
 * returns. An upgrade or downgrade checks everything it can (the target, the version table, that every revision
 * renders on this database) before it changes anything, then runs each revision in its own transaction, together
 * with the version table's update.
 *
 * <p>Instances are immutable: the {@code with...} methods return changed copies.
 */
public final class Retort {

    private final ConnectionSource connections;
    /** Null: the context class loader of the thread that runs a command. */
    private final ClassLoader classLoader;
    /** Null: the revisions listed in the index resources. */
    private final List<Class<? extends Migration>> revisions;

    private Retort(ConnectionSource connections, ClassLoader classLoader,
            List<Class<? extends Migration>> revisions) {
        this.connections = connections;
        this.classLoader = classLoader;
        this.revisions = revisions;
    }

    public static Retort at(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Retort(dataSource::getConnection, null, null);
    }

    public static Retort at(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Retort(() -> DriverManager.getConnection(jdbcUrl), null, null);
    }

    public static Retort at(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new Retort(() -> DriverManager.getConnection(jdbcUrl, user, password), null, null);
    }

    /** Finds the revision index resources, and the classes they list, with {@code loader}. */
    public Retort withClassLoader(ClassLoader loader) {
        return new Retort(connections, Objects.requireNonNull(loader, "loader"), revisions);
    }

    /** Uses exactly these revision classes instead of the ones the index resources list. */
    public Retort withRevisions(List<Class<? extends Migration>> revisionClasses) {
        return new Retort(connections, classLoader, List.copyOf(revisionClasses));
    }

    /**
     * Applies revisions up to {@code target}: {@code head} (the single head of the history), {@code heads} (every
     * branch), {@code +N} (the next N revisions not applied yet), or a revision id or unique prefix of one (that
     * revision and the ones it needs).
     *
     * @return the revisions applied, in the order they were
     * @throws RevisionFailedException when a statement fails; that revision is rolled back, the earlier ones stay
     * @throws RetortException when the target cannot be reached or a revision cannot run on this database (both
     *     found before anything changes), or when the database cannot be reached
     */
    public List<RevisionInfo> upgrade(String target) {
        Objects.requireNonNull(target, "target");
        return run("upgrade " + target, migrator -> migrator.upgrade(target));
    }

    /**
     * Undoes revisions down to {@code target}: {@code -N} (the last N applied), {@code base} (all of them), or a
     * revision id or unique prefix of one (every applied revision that follows it; it stays applied).
     *
     * @return the revisions undone, in the order they were
     * @throws RevisionFailedException when a statement fails; that revision is rolled back, the earlier ones stay
     * @throws RetortException when the target cannot be reached or a revision cannot run on this database (both
     *     found before anything changes), or when the database cannot be reached
     */
    public List<RevisionInfo> downgrade(String target) {
        Objects.requireNonNull(target, "target");
        return run("downgrade " + target, migrator -> migrator.downgrade(target));
    }

    /** The revisions the version table records: the heads of what the database has applied. */
    public List<RevisionInfo> current() {
        return run("current", Migrator::current);
    }

    /** Every known revision, newest first. */
    public List<RevisionInfo> history() {
        return run("history", Migrator::history);
    }

    /** The revisions of the history that no other revision follows. */
    public List<RevisionInfo> heads() {
        return run("heads", Migrator::heads);
    }

    @FunctionalInterface
    private interface Command<T> {
        T run(Migrator migrator) throws SQLException;
    }

    private <T> T run(String command, Command<T> body) {
        RevisionGraph graph = RevisionGraph.of(loadRevisions());
        try (Connection connection = connections.open()) {
            return body.run(new Migrator(connection, dialect(connection), graph));
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

    private List<LoadedRevision> loadRevisions() {
        if (revisions != null) {
            List<LoadedRevision> loaded = new ArrayList<>();
            revisions.forEach(type -> loaded.add(LoadedRevision.load(type, "given to withRevisions")));
            return loaded;
        }
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        return RevisionIndex.load(loader != null ? loader : Retort.class.getClassLoader());
    }
}
