package dev.retort.cli;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.annotations.Revision;

/**
 * The history the CLI's tests run on, listed in the test classes' {@code META-INF/retort/revisions} as an application's
 * revisions are: customers, then two branches (orders; a phone column), then their merge. {@link C3PhoneEdited} is
 * {@code c3} edited after it was applied: its checksum differs.
 */
final class CliRevisions {

    private CliRevisions() {}

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

    @Revision(id = "c3", parents = "a1", message = "add customer phone")
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

    @Revision(id = "d4", parents = {"b2", "c3"}, message = "merge b2 and c3")
    public static final class D4Merge implements Migration {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    /** {@code c3} as someone edited it after it was applied: a longer phone column. */
    @Revision(id = "c3", parents = "a1", message = "add customer phone")
    public static final class C3PhoneEdited implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("customers", "phone", VARCHAR(40));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("customers", "phone");
        }
    }
}
