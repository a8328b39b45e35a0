package dev.retort;

import static dev.retort.IndexColumn.asc;
import static dev.retort.IndexColumn.desc;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.VARCHAR;
import static dev.retort.schema.ColumnType.custom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.annotations.Revision;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Revisions written with the DSL that put tables in a database schema, with descending index columns and mapped
 * types: applied, checked for drift and undone on PostgreSQL; refused by SQLite before anything runs.
 */
class SchemaQualifiedTablesTest {

    @Revision(id = "s1", message = "create customers")
    public static final class S1CreateCustomers implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("customers", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("name", VARCHAR(100), c -> c.notNull()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("customers");
        }
    }

    @Revision(id = "s2", parents = "s1", message = "create invoices in billing")
    public static final class S2CreateInvoices implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("billing.invoices", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("customer_id", BIGINT, c -> c.notNull().references("customers", "id"))
                    .column("due", DATE)
                    .column("terms", CLOB)
                    .column("lines", custom("JSONB")));
            op.createIndex("ix_invoices_due", "billing.invoices", desc("due"), asc("id"));
            op.createTable("\"Billing\".\"Reminders\"", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("invoice_id", BIGINT, c -> c.references("billing.invoices", "id")));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("\"Billing\".\"Reminders\"");
            op.dropIndex("ix_invoices_due", "billing.invoices");
            op.dropTable("billing.invoices");
        }
    }

    private static final List<Class<? extends Migration>> REVISIONS =
            List.of(S1CreateCustomers.class, S2CreateInvoices.class);

    @Test
    void postgresCreatesTheSchemaChecksAndUndoesTheTables() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            Retort retort = Retort.at(database.url()).withRevisions(REVISIONS);

            retort.upgrade("head");

            Table invoices = LiveDatabase.schema(database).requireTable("billing.invoices");
            assertEquals("fk_invoices_customer_id", invoices.foreignKeys().get(0).name());
            assertEquals("customers", invoices.foreignKeys().get(0).referencedTable());
            assertTrue(invoices.index("ix_invoices_due").orElseThrow().isDescending("due"));
            assertEquals("billing.invoices", LiveDatabase.schema(database).requireTable("\"Billing\".\"Reminders\"")
                    .foreignKeys().get(0).referencedTable());
            assertEquals(List.of(), retort.check().differences());

            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE INDEX extra ON billing.invoices (due)");
            }
            assertEquals(List.of("create index extra on billing.invoices"),
                    retort.check().differences().stream().map(SchemaDifference::description).toList());
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP INDEX billing.extra");
            }

            retort.downgrade("s1");

            assertEquals(List.of("customers"),
                    LiveDatabase.schema(database).tables().stream().map(Table::name).toList());
            assertTrue(schemaExists(database, "billing"), "a downgrade leaves the schema");
            assertTrue(schemaExists(database, "Billing"));
            assertEquals(List.of(), retort.check().differences());
            retort.upgrade("head");
            assertEquals(List.of(), retort.check().differences());
        }
    }

    @Test
    void sqliteRefusesARevisionWithATableInASchemaBeforeAnythingRuns() throws SQLException {
        try (TestDatabase database = TestDatabase.sqlite()) {
            Retort retort = Retort.at(database.url()).withRevisions(REVISIONS);

            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));

            assertEquals("the upgrade of revision s2 (" + S2CreateInvoices.class.getName() + ") cannot run here:"
                    + " cannot create table billing.invoices on SQLite: table billing.invoices is in database schema"
                    + " billing; tables in a schema (@Table(schema = ...)) need PostgreSQL, SQLite has no schemas"
                    + " (nothing was changed)", e.getMessage());
            assertFalse(LiveDatabase.hasTable(database, "customers"));
            assertFalse(LiveDatabase.hasVersionTable(database));
        }
    }

    private static boolean schemaExists(TestDatabase database, String name) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT 1 FROM pg_namespace WHERE nspname = '" + name + "'")) {
            return row.next();
        }
    }
}
