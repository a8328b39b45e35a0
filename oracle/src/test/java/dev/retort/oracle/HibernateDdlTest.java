package dev.retort.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.oracle.HibernateSchema.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entity set is valid JPA as far as Hibernate is concerned: it builds the
 * metadata and a session factory without a database, and writes the DDL it would run on PostgreSQL and on SQLite to
 * {@code <set>-postgresql.sql} and {@code <set>-sqlite.sql} in {@code -Dretort.oracle.ddl} (by default
 * {@code target/hibernate-ddl}): the reference the processor is built against.
 */
class HibernateDdlTest {

    static Stream<EntitySet> everySet() {
        return HibernateOracleTest.SETS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everySet")
    void hibernateWritesTheCreateScriptOfTheSet(EntitySet set) throws IOException {
        HibernateSchema hibernate = new HibernateSchema(set);
        assertFalse(set.entityClasses().isEmpty(), "set " + set + " has no @Entity");
        for (Database database : Database.values()) {
            Path script = ddlDirectory().resolve(set.name() + "-" + database.fileSuffix + ".sql");
            Files.deleteIfExists(script);
            hibernate.writeCreateScript(database, script);
            String ddl = Files.readString(script);
            assertTrue(ddl.toLowerCase(java.util.Locale.ROOT).contains("create table"),
                    "no create table in " + script + ":\n" + ddl);
        }
    }

    static Path ddlDirectory() throws IOException {
        String configured = System.getProperty("retort.oracle.ddl");
        Path directory = Path.of(configured == null || configured.isBlank() ? "target/hibernate-ddl" : configured);
        return Files.createDirectories(directory);
    }
}
