package dev.retort;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.annotations.Revision;
import java.util.List;

/**
 * Alembic's branch example as revision classes: a base l1, a labelled branch shop (l2s → l3s) and a labelled branch
 * net (l2n → l3n → l4i), where l3n depends on l3s without merging the branches, and l4i builds an index without a
 * transaction.
 */
final class LabelledRevisions {

    @Revision(id = "l1", message = "create account")
    public static final class V1Account implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("account", t -> t.column("id", BIGINT, c -> c.primaryKey()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("account");
        }
    }

    @Revision(id = "l2s", parents = "l1", branchLabels = "shop", message = "create cart")
    public static final class V2Cart implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("cart", t -> t.column("id", BIGINT, c -> c.primaryKey()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("cart");
        }
    }

    @Revision(id = "l3s", parents = "l2s", message = "add cart note")
    public static final class V3CartNote implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("cart", "note", VARCHAR(100));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("cart", "note");
        }
    }

    @Revision(id = "l2n", parents = "l1", branchLabels = "net", message = "create host")
    public static final class V4Host implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("host", t -> t.column("id", BIGINT, c -> c.primaryKey()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("host");
        }
    }

    @Revision(id = "l3n", parents = "l2n", dependsOn = "l3s", message = "add host owner")
    public static final class V5HostOwner implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("host", "owner", VARCHAR(100));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("host", "owner");
        }
    }

    @Revision(id = "l4i", parents = "l3n", transactional = false, message = "index host owner")
    public static final class V6HostOwnerIndex implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createIndex("ix_host_owner", "host", "owner");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("ix_host_owner", "host");
        }
    }

    static final List<Class<? extends Migration>> ALL = List.of(V1Account.class, V2Cart.class, V3CartNote.class,
            V4Host.class, V5HostOwner.class, V6HostOwnerIndex.class);

    private LabelledRevisions() {}
}
