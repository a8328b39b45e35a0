package dev.retort.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import dev.retort.dialect.Dialect;
import dev.retort.operation.BulkInsert;
import dev.retort.operation.DeleteRows;
import dev.retort.oracle.HibernateSchema.Database;
import dev.retort.oracle.sets.ids.Session;
import dev.retort.oracle.sets.ids.Shipment;
import dev.retort.testing.TestDatabase;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle: for each entity set, the schema Retort's generated revisions build is the schema Hibernate ORM 7
 * expects and builds for the same entities (docs/hibernate-oracle.md).
 *
 * <ol>
 *   <li>javac compiles the set with Retort's processor from an empty snapshot; the first revision is loaded and
 *       upgraded to head on a fresh PostgreSQL database;
 *   <li>Hibernate validates that database ({@code hbm2ddl.auto=validate});
 *   <li>Hibernate creates its own schema in a second fresh database, and the two are compared fact by fact
 *       ({@link LiveSchema}, {@link SchemaComparison});
 *   <li>the same revisions on a fresh SQLite file pass Hibernate's validation with the community SQLite dialect; a
 *       set SQLite cannot take ({@link EntitySet#postgresqlOnly}) is refused there before anything runs.
 * </ol>
 */
class HibernateOracleTest {

    /** The sets whose schema Retort builds as Hibernate does: each runs through the whole oracle. */
    static final List<EntitySet> SETS = List.of(
            EntitySet.of("library"),
            EntitySet.of("telemetry"),
            EntitySet.of("petclinic"),
            EntitySet.of("shop"),
            EntitySet.of("blog"),
            EntitySet.of("inheritance"),
            EntitySet.of("ids"),
            EntitySet.of("columns"),
            EntitySet.snakeCase("naming"),
            // SQLite has no schemas; Hibernate's SQLite dialect cannot create "billing.invoices" either.
            EntitySet.of("tables").postgresqlOnly("tables in a schema (@Table(schema = ...)) need PostgreSQL, SQLite"
                    + " has no schemas"));

    static List<EntitySet> sets() {
        return SETS;
    }

    @TempDir
    static Path builds;

    /** Each set is compiled once, by the first test that needs it. */
    private static final Map<EntitySet, RetortBuild> BUILT = new HashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void onPostgresqlRetortBuildsTheSchemaHibernateBuilds(EntitySet set) throws Exception {
        RetortBuild build = build(set);
        HibernateSchema hibernate = new HibernateSchema(set);
        try (TestDatabase retortDatabase = TestDatabase.postgres();
                TestDatabase hibernateDatabase = TestDatabase.postgres()) {
            upgradeToHead(build, retortDatabase);
            validate(hibernate, Database.POSTGRESQL, retortDatabase, build);

            hibernate.create(Database.POSTGRESQL, hibernateDatabase.url());
            LiveSchema retortSchema = read(retortDatabase);
            LiveSchema hibernateSchema = read(hibernateDatabase);
            assertFalse(hibernateSchema.facts().isEmpty(), "Hibernate created nothing for " + set);

            SchemaComparison comparison = SchemaComparison.of(retortSchema, hibernateSchema);
            comparison.allowed().forEach(line -> System.out.println("[" + set + "] " + line));
            if (!comparison.same()) {
                fail("set " + set + ": " + comparison.diff() + "\nRetort's revision:\n" + build.describe());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void onSqliteHibernateValidatesTheSchemaOfRetortsRevisions(EntitySet set) throws Exception {
        RetortBuild build = build(set);
        try (TestDatabase database = TestDatabase.sqlite()) {
            if (set.sqliteRefusal().isPresent()) {
                RetortException refused = assertThrows(RetortException.class, () -> upgradeToHead(build, database),
                        "SQLite took set " + set);
                assertTrue(refused.getMessage().contains(set.sqliteRefusal().get())
                        && refused.getMessage().endsWith("(nothing was changed)"), refused.getMessage());
                assertEquals(List.of(), objects(database), "the refused upgrade left objects behind");
                return;
            }
            upgradeToHead(build, database);
            validate(new HibernateSchema(set), Database.SQLITE, database, build);
        }
    }

    /**
     * Hibernate, booted on the SQLite file Retort's revisions built, takes ids from the table Retort made for a
     * sequence (one row holding the next value), and reads and writes UUIDs as the 16 bytes Retort writes.
     */
    @Test
    void onSqliteHibernateUsesRetortsSequenceTablesAndUuids() throws Exception {
        EntitySet set = EntitySet.of("ids");
        RetortBuild build = build(set);
        try (TestDatabase database = TestDatabase.sqlite()) {
            upgradeToHead(build, database);
            java.util.UUID written = java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
            try (Connection connection = database.connect()) {
                Dialect dialect = Dialect.of(connection);
                for (String sql : dialect.render(new BulkInsert("sessions", List.of("id"), List.of(List.of(written))),
                        dialect.readSchema(connection))) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }
            }

            java.util.UUID[] generated = new java.util.UUID[1];
            List<Integer> shipmentIds = withHibernate(set, database, hibernate -> {
                assertNotNull(hibernate.fromSession(session -> session.find(Session.class, written)),
                        "Hibernate does not find the row Retort wrote with id " + written);
                generated[0] = hibernate.fromTransaction(session -> {
                    Session row = new Session(null, null);
                    session.persist(row);
                    session.flush();
                    return (java.util.UUID) session.getIdentifier(row);
                });
                return hibernate.fromTransaction(session -> {
                    Shipment first = new Shipment(null);
                    Shipment second = new Shipment(null);
                    session.persist(first);
                    session.persist(second);
                    session.flush();
                    return List.of((Integer) session.getIdentifier(first), (Integer) session.getIdentifier(second));
                });
            });
            // shipment_seq starts at 1 and Hibernate allocates one at a time: the row holds the next value.
            assertEquals(List.of(1, 2), shipmentIds);
            assertEquals(List.of("3"), query(database, "SELECT next_val FROM shipment_seq"));

            try (Connection connection = database.connect()) {
                Dialect dialect = Dialect.of(connection);
                for (String sql : dialect.render(new DeleteRows("sessions", List.of("id"),
                        List.of(List.of(generated[0].toString()))), dialect.readSchema(connection))) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }
            }
            assertEquals(List.of("123e4567e89b12d3a456426614174000"),
                    query(database, "SELECT lower(hex(id)) FROM sessions"));
        }
    }

    /** Hibernate with the community SQLite dialect on the database, without any schema action. */
    private static <T> T withHibernate(EntitySet set, TestDatabase database, Function<SessionFactory, T> work) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect")
                .applySetting("jakarta.persistence.jdbc.url", database.url())
                // The generator reads and moves on the sequence's row in a transaction of its own.
                .applySetting("hibernate.connection.pool_size", "2")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            set.managedClasses().forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                return work.apply(factory);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static List<String> query(TestDatabase database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Every table, index, view and trigger of a SQLite database. */
    private static List<String> objects(TestDatabase database) throws Exception {
        List<String> objects = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT type || ' ' || name FROM sqlite_schema")) {
            while (rows.next()) {
                objects.add(rows.getString(1));
            }
        }
        return objects;
    }

    private static RetortBuild build(EntitySet set) {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(set, s -> {
                RetortBuild build = RetortBuild.of(s, builds.resolve(s.name()));
                assertTrue(build.succeeded(), "the processor did not compile set " + s + ":\n" + build.describe());
                assertFalse(build.revisionSources().isEmpty(), "no revision for set " + s + ":\n" + build.describe());
                return build;
            });
        }
    }

    private static void upgradeToHead(RetortBuild build, TestDatabase database) throws Exception {
        try (URLClassLoader loader = build.classLoader()) {
            Retort retort = Retort.at(database.url()).withRevisions(build.revisions(loader));
            List<RevisionInfo> applied = retort.upgrade("head");
            assertNotEquals(List.of(), applied, "no revision applied on " + database);
        }
    }

    private static void validate(HibernateSchema hibernate, Database kind, TestDatabase database, RetortBuild build) {
        try {
            hibernate.validate(kind, database.url());
        } catch (RuntimeException e) {
            throw new AssertionError("Hibernate's validation failed on " + database + ": " + e.getMessage()
                    + "\nRetort's revision:\n" + build.describe(), e);
        }
    }

    private static LiveSchema read(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return LiveSchema.read(connection);
        }
    }
}
