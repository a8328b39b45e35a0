package dev.retort;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.VARCHAR;

import dev.retort.annotations.Revision;
import dev.retort.schema.Schema;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * A small history: a1 → b2 → c3, then two branches d4 and e5 merged by f6; and revisions that cannot run. Class names
 * start with their place in the history, as generated names start with a timestamp.
 */
final class SampleRevisions {

    @Revision(id = "a1", message = "create user")
    public static final class R1CreateUser implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("user", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("email", VARCHAR(255), c -> c.notNull().unique()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("user");
        }
    }

    @Revision(id = "b2", parents = "a1", message = "create order")
    public static final class R2CreateOrder implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("order", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("user_id", BIGINT, c -> c.notNull().references("user", "id")));
            op.createIndex("ix_order_user_id", "order", "user_id");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("order");
        }
    }

    @Revision(id = "c3", parents = "b2", message = "add order note")
    public static final class R3AddNote implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("order", "note", VARCHAR(200));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("order", "note");
        }
    }

    @Revision(id = "d4", parents = "c3", message = "create fees")
    public static final class R4CreateFees implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("fees", t -> t
                    .column("id", BIGINT, c -> c.primaryKey().identity())
                    .column("amount", NUMERIC(10, 2), c -> c.notNull()));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("fees");
        }
    }

    @Revision(id = "e5", parents = "c3", message = "create coupons")
    public static final class R5CreateCoupons implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("coupons", t -> t
                    .column("code", VARCHAR(20), c -> c.primaryKey())
                    .column("user_id", BIGINT, c -> c.references("user", "id")));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("coupons");
        }
    }

    @Revision(id = "f6", parents = {"d4", "e5"}, message = "merge fees and coupons")
    public static final class R6Merge implements Migration {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Revision(id = "alt1", parents = "a1", message = "widen email")
    public static final class R7WidenEmail implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterColumn("user", "email", c -> c.type(VARCHAR(500)));
        }

        @Override
        public void downgrade(Operations op) {
            op.alterColumn("user", "email", c -> c.type(VARCHAR(255)));
        }
    }

    @Revision(id = "num1", parents = "a1", message = "number users")
    public static final class R10NumberUsers implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.addColumn("user", "number", BIGINT);
            op.alterColumn("user", "number", c -> c.notNull().identity());
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("user", "number");
        }
    }

    @Revision(id = "bad1", parents = "a1", message = "create audit, then fail")
    public static final class R8Broken implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("audit", t -> t.column("id", BIGINT, c -> c.primaryKey()));
            op.execute("bad sql");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("audit");
        }
    }

    @Revision(id = "bad0", message = "create audit, then fail, as the first revision")
    public static final class R0BrokenFirst implements Migration {
        @Override
        public void upgrade(Operations op) {
            new R8Broken().upgrade(op);
        }

        @Override
        public void downgrade(Operations op) {
            new R8Broken().downgrade(op);
        }
    }

    @Revision(id = "g1", parents = "a1", message = "drop a table that is not there")
    public static final class R9DropsMissingTable implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.dropTable("ghost");
        }

        @Override
        public void downgrade(Operations op) {}
    }

    static final List<Class<? extends Migration>> LINEAR =
            List.of(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class);

    static final List<Class<? extends Migration>> BRANCHED =
            List.of(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class, R4CreateFees.class,
                    R5CreateCoupons.class);

    static final List<Class<? extends Migration>> MERGED =
            List.of(R1CreateUser.class, R2CreateOrder.class, R3AddNote.class, R4CreateFees.class,
                    R5CreateCoupons.class, R6Merge.class);

    private SampleRevisions() {}

    /** The schema model after the upgrades of {@code revisions}, recorded in this order. */
    @SafeVarargs
    static Schema modelAfter(Class<? extends Migration>... revisions) {
        Operations operations = new Operations(Schema.EMPTY);
        for (Class<? extends Migration> revision : revisions) {
            try {
                revision.getConstructor().newInstance().upgrade(operations);
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                throw new AssertionError(e);
            }
        }
        return operations.schema();
    }

    static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }
}
