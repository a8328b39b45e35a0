package dev.retort.testkit;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;
import java.util.ArrayList;
import java.util.List;

/**
 * Histories for the kit's tests. The sound one: customers, then orders with an index, then a phone column; the
 * index resource of the test classes lists it, so the kit finds it as it finds an application's revisions. Each
 * faulty revision follows it, so that the failure names a revision in the middle of a history.
 */
final class KitRevisions {

    private KitRevisions() {}

    /** The sound history, in the order it applies. */
    static final List<Class<? extends Migration>> SOUND = List.of(A1Customers.class, B2Orders.class, C3Phone.class);

    /** The sound history followed by {@code more}. */
    @SafeVarargs
    static List<Class<? extends Migration>> soundAnd(Class<? extends Migration>... more) {
        List<Class<? extends Migration>> revisions = new ArrayList<>(SOUND);
        for (Class<? extends Migration> revision : more) {
            revisions.add(revision);
        }
        return revisions;
    }

    @Revision(id = "a1", message = "create customers")
    public static final class A1Customers implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("customers", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("email", VARCHAR(255), c -> c.notNull().unique()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("customers");
        }
    }

    @Revision(id = "b2", parents = "a1", message = "create orders")
    public static final class B2Orders implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("orders", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("customer_id", BIGINT, c -> c.notNull().references("customers", "id")));
            op.createIndex("ix_orders_customer_id", "orders", "customer_id");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("ix_orders_customer_id", "orders");
            op.dropTable("orders");
        }
    }

    @Revision(id = "c3", parents = "b2", message = "add customer phone")
    public static final class C3Phone implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("customers", "phone", VARCHAR(30));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("customers", "phone");
        }
    }

    /** Its downgrade forgets the index its upgrade creates. */
    @Revision(id = "d4", parents = "c3", message = "add order note")
    public static final class D4ForgetfulDowngrade implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("orders", "note", VARCHAR(200));
            op.createIndex("ix_orders_note", "orders", "note");
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DROP INDEX ix_orders_note");
        }
    }

    /** Its downgrade cannot even be recorded: it drops a table that does not exist. */
    @Revision(id = "d4", parents = "c3", message = "add order note")
    public static final class D4BrokenDowngrade implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("orders", "note", VARCHAR(200));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("order_notes");
        }
    }

    /** A second branch off c3, beside {@link D4Audit}: two heads. */
    @Revision(id = "e5", parents = "c3", message = "add order total")
    public static final class E5Total implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("orders", "total", INTEGER);
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("orders", "total");
        }
    }

    /** Makes a table with plain SQL, which the schema the revisions describe does not have: drift. */
    @Revision(id = "d4", parents = "c3", message = "create audit table by hand")
    public static final class D4Audit implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, event VARCHAR(100))");
        }

        @Override
        public void downgrade(Operations op) {
            op.execute("DROP TABLE audit");
        }
    }

    /** Its upgrade fails on the database: the SQL refers to a table that is not there. */
    @Revision(id = "d4", parents = "c3", message = "copy legacy data")
    public static final class D4FailingUpgrade implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.execute("INSERT INTO customers (email) SELECT email FROM legacy_customers");
        }

        @Override
        public void downgrade(Operations op) {}
    }
}
