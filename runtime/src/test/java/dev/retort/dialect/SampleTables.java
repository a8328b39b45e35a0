package dev.retort.dialect;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BINARY;
import static dev.retort.schema.ColumnType.BLOB;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.CHAR;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.DOUBLE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.REAL;
import static dev.retort.schema.ColumnType.SMALLINT;
import static dev.retort.schema.ColumnType.TIME;
import static dev.retort.schema.ColumnType.TIMESTAMP;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.VARCHAR;
import static dev.retort.schema.ColumnType.custom;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tables that together use every type, key, constraint and naming case the dialects handle. */
final class SampleTables {

    private SampleTables() {}

    static Column column(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }

    static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    static Column identity(String name, ColumnType type) {
        return new Column(name, type, false, true);
    }

    /** Every column type, NULL and NOT NULL, keyed by an identity column. */
    static Table allTypes() {
        return new Table("all_types",
                List.of(identity("id", BIGINT), column("small", SMALLINT), notNull("whole", INTEGER),
                        column("big", BIGINT), notNull("flag", BOOLEAN), column("ratio", DOUBLE),
                        column("amount", NUMERIC(10, 2)), column("label", VARCHAR(255)), column("day", DATE),
                        column("at", TIMESTAMP), column("at_tz", TIMESTAMP_TZ), column("token", UUID),
                        column("payload", BINARY)),
                List.of("id"), List.of(), List.of(), List.of());
    }

    /**
     * The types of JPA mappings beyond the basic ones: float, char, time, large objects, and types written in SQL,
     * some of them spelled otherwise than PostgreSQL prints them.
     */
    static Table mappedTypes() {
        return new Table("mapped_types",
                List.of(identity("id", BIGINT), column("ratio", REAL), notNull("initial", CHAR(1)),
                        column("opens", TIME).withDefault(Optional.of(DefaultValue.of("08:30"))),
                        column("body", CLOB), column("scan", BLOB), column("doc", custom("jsonb")),
                        column("notes", custom("text")).withDefault(Optional.of(DefaultValue.of("none"))),
                        column("code", custom("VARCHAR( 20 )")), notNull("rank", custom("int4")),
                        column("span", custom("int4range")), column("at", custom("timestamptz(3)"))),
                List.of("id"), List.of(), List.of(),
                List.of(new Index("ix_mapped_types_doc", List.of("doc"), false),
                        new Index("ix_mapped_types_rank_opens", List.of("rank", "opens"), true, Set.of("opens"))));
    }

    /** A table named like a keyword, with a unique constraint, a unique index and a mixed-case, user-quoted index. */
    static Table user() {
        return new Table("user",
                List.of(identity("id", BIGINT), notNull("email", VARCHAR(255)), notNull("code", VARCHAR(20)),
                        column("\"DisplayName\"", VARCHAR(100)), column("Nickname", VARCHAR(40))),
                List.of("id"),
                List.of(new UniqueConstraint("uk_user_email", List.of("email"))),
                List.of(),
                List.of(new Index("ix_user_code", List.of("code"), true),
                        new Index("ix_user_names", List.of("Nickname", "\"DisplayName\""), false)));
    }

    /** Another keyword, with foreign keys to {@link #user()}: one to its key, one to its uniquely indexed code. */
    static Table order() {
        return new Table("order",
                List.of(identity("id", BIGINT), notNull("user_id", BIGINT), column("user_code", VARCHAR(20)),
                        notNull("placed_at", TIMESTAMP_TZ)),
                List.of("id"),
                List.of(),
                List.of(new ForeignKey("fk_order_user_code", List.of("user_code"), "user", List.of("code")),
                        new ForeignKey("fk_order_user_id", List.of("user_id"), "user", List.of("id"))),
                List.of(new Index("ix_order_user_id_placed_at", List.of("user_id", "placed_at"), false)));
    }

    /** A composite primary key, part of which references {@link #order()}. */
    static Table orderLine() {
        return new Table("order_line",
                List.of(notNull("order_id", BIGINT), notNull("line_no", INTEGER), notNull("quantity", INTEGER)),
                List.of("order_id", "line_no"),
                List.of(new UniqueConstraint("uk_order_line_order_id_quantity", List.of("order_id", "quantity"))),
                List.of(new ForeignKey("fk_order_line_order_id", List.of("order_id"), "order", List.of("id"))),
                List.of());
    }

    /** User-quoted names throughout, and a foreign key to the table itself. */
    static Table category() {
        return new Table("\"Category\"",
                List.of(identity("\"Id\"", INTEGER), column("\"ParentId\"", INTEGER), notNull("Title", VARCHAR(50))),
                List.of("\"Id\""),
                List.of(new UniqueConstraint("\"UK_Category_Title\"", List.of("Title"))),
                List.of(new ForeignKey("\"FK_Category_Parent\"", List.of("\"ParentId\""), "\"Category\"",
                        List.of("\"Id\""))),
                List.of());
    }

    /** A table in database schema {@code billing}, with a unique constraint and a comment. */
    static Table customers() {
        return new Table("billing.customers",
                List.of(identity("id", BIGINT), notNull("Name", VARCHAR(100)).withComment(Optional.of("as printed"))),
                List.of("id"), List.of(new UniqueConstraint("uk_customers_name", List.of("Name"))), List.of(),
                List.of(), List.of(), Optional.of("who pays"));
    }

    /**
     * In database schema {@code billing}: references {@link #customers()} in its schema and {@link #user()} in the
     * current one; an index and a check.
     */
    static Table invoices() {
        return new Table("billing.invoices",
                List.of(identity("id", BIGINT), notNull("customer_id", BIGINT), column("user_id", BIGINT),
                        column("due", DATE), column("total", NUMERIC(10, 2))),
                List.of("id"), List.of(),
                List.of(new ForeignKey("fk_invoices_customer_id", List.of("customer_id"), "billing.customers",
                                List.of("id"), ReferentialAction.CASCADE),
                        new ForeignKey("fk_invoices_user_id", List.of("user_id"), "user", List.of("id"))),
                List.of(new Index("ix_invoices_due", List.of("due", "id"), false, Set.of("due"))),
                List.of(new CheckConstraint("ck_invoices_total", "total >= 0")), Optional.empty());
    }

    /** User-quoted schema and table, referencing {@link #invoices()} in another schema. */
    static Table archivedInvoices() {
        return new Table("\"Archive\".\"OldInvoices\"",
                List.of(notNull("\"Id\"", BIGINT), column("invoice_id", BIGINT)),
                List.of("\"Id\""), List.of(),
                List.of(new ForeignKey("fk_OldInvoices_invoice_id", List.of("invoice_id"), "billing.invoices",
                        List.of("id"))),
                List.of(new Index("ix_OldInvoices_invoice_id", List.of("invoice_id"), true)));
    }

    /** Tables in database schemas, each after the tables it references (PostgreSQL only). */
    static List<Table> inSchemas() {
        return List.of(customers(), invoices(), archivedInvoices());
    }

    /** All of the above, each after the tables it references. */
    static List<Table> all() {
        return List.of(allTypes(), mappedTypes(), user(), order(), orderLine(), category());
    }
}
