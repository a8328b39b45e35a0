package dev.retort.diff;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BINARY;
import static dev.retort.schema.ColumnType.BLOB;
import static dev.retort.schema.ColumnType.CHAR;
import static dev.retort.schema.ColumnType.CLOB;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.REAL;
import static dev.retort.schema.ColumnType.TIME;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.VARCHAR;
import static dev.retort.schema.ColumnType.custom;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.Dialect;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per kind of change the differ generates, on both databases, with rows in the tables before the change:
 * after the upgrade the database reads back as the new schema and the rows kept their values; after the downgrade it
 * is the old schema again, with the rows. (The property test mixes them at random; these name each one.)
 */
class ChangeKindsTest {

    /** A kind of change: the schema before, the schema after, and the renames it declares. */
    record Change(String name, Schema before, Schema after, Renames renames) {

        static Change of(String name, Schema before, UnaryOperator<Schema> change) {
            return new Change(name, before, change.apply(before), Renames.NONE);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> changes() {
        List<Change> changes = List.of(
                new Change("create table", new Schema(List.of(students())), base(), Renames.NONE),
                new Change("drop table", base(), new Schema(List.of(students())), Renames.NONE),
                new Change("rename table", base(), renamedTable(), new Renames(Map.of("charges", "fees"), Map.of())),
                Change.of("add a nullable column", base(), s -> fees(s, f -> withColumn(f, nullable("memo", VARCHAR(80))))),
                Change.of("add a NOT NULL column with a default", base(), s -> fees(s, f -> withColumn(f,
                        notNull("currency", VARCHAR(3)).withDefault(Optional.of(DefaultValue.of("EUR")))))),
                Change.of("add a NOT NULL column, backfilled", base(), s -> fees(s, f -> withColumn(f,
                        notNull("term", INTEGER)))),
                Change.of("drop a NOT NULL column, backfilled on the way back", base(), s -> fees(s, f -> f
                        .withChecks(List.of())
                        .withColumns(f.columns().stream().filter(c -> !c.name().equals("amount")).toList()))),
                new Change("rename a column with its index, key and check", base(), renamedColumn(),
                        new Renames(Map.of(), Map.of("fees", Map.of("price", "amount")))),
                Change.of("widen types", base(), s -> fees(s, f -> f.withColumns(replace(f.columns(), Map.of(
                        "amount", notNull("amount", NUMERIC(14, 2)), "status", notNull("status", VARCHAR(40))))))),
                Change.of("change nullability", base(), s -> fees(s, f -> f.withColumns(replace(f.columns(), Map.of(
                        "due", notNull("due", DATE), "status", nullable("status", VARCHAR(20))))))),
                Change.of("set, change and drop defaults", base(), s -> fees(s, f -> f.withColumns(replace(
                        f.columns(), Map.of(
                                "due", nullable("due", DATE).withDefault(Optional.of(DefaultValue.CURRENT_DATE)),
                                "status", notNull("status", VARCHAR(20)).withDefault(Optional.of(
                                        DefaultValue.of("DUE"))),
                                "created", notNull("created", TIMESTAMP_TZ)))))),
                Change.of("comment on a table and its columns", base(), s -> fees(s, f -> f
                        .withComment(Optional.of("what students owe"))
                        .withColumns(replace(f.columns(), Map.of("amount", notNull("amount", NUMERIC(10, 2))
                                .withComment(Optional.of("in euros"))))))),
                Change.of("add and drop unique constraints", base(), s -> students(s, t -> t.withUniqueConstraints(
                        List.of(new UniqueConstraint("uk_students_name", List.of("name")))))),
                Change.of("add, drop and change indexes", base(), s -> fees(s, f -> f.withIndexes(List.of(
                        new Index("ix_fees_status", List.of("status", "due"), false),
                        new Index("ix_fees_due", List.of("due"), true))))),
                Change.of("an index sorts a column the other way", base(), s -> fees(s, f -> f.withIndexes(List.of(
                        new Index("ix_fees_status", List.of("status"), false, Set.of("status")),
                        new Index("ix_fees_due_amount", List.of("due", "amount"), false, Set.of("due")))))),
                Change.of("add and drop foreign keys", base(), s -> fees(s, f -> f.withForeignKeys(List.of(
                        new ForeignKey("fk_fees_parent", List.of("parent_id"), "fees", List.of("id")))))),
                Change.of("change ON DELETE", base(), s -> fees(s, f -> f.withForeignKeys(List.of(
                        new ForeignKey("fk_fees_student_id", List.of("student_id"), "students", List.of("id"),
                                ReferentialAction.CASCADE))))),
                Change.of("add columns of the mapped types", base(), s -> fees(s, f -> withColumn(withColumn(withColumn(
                        withColumn(withColumn(withColumn(withColumn(f, nullable("ratio", REAL)),
                                notNull("initial", CHAR(1))), nullable("opens", TIME).withDefault(Optional.of(
                                        DefaultValue.of("08:30")))), notNull("body", CLOB)), nullable("scan", BLOB)),
                        nullable("doc", custom("jsonb")).withDefault(Optional.of(DefaultValue.of("{}")))),
                        notNull("notes", custom("text"))))),
                new Change("strings and bytes become large objects and back, text becomes JSON",
                        base().with(documents(VARCHAR(100), BINARY, custom("text"))),
                        base().with(documents(CLOB, BLOB, custom("jsonb"))), Renames.NONE),
                Change.of("add, drop and change check constraints", base(), s -> fees(s, f -> f.withChecks(List.of(
                        new CheckConstraint("ck_fees_amount", "amount >= -1"),
                        new CheckConstraint("ck_fees_status", "\"status\" IN ('DUE', 'PAID', 'WAIVED')"))))));
        Table tags = new Table("tags", List.of(notNull("id", BIGINT), notNull("code", VARCHAR(20)),
                nullable("label", VARCHAR(40))), List.of("id"), List.of(), List.of(), List.of());
        List<Arguments> arguments = new ArrayList<>();
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            changes.forEach(change -> arguments.add(Arguments.of(kind, change)));
            arguments.add(Arguments.of(kind, new Change("change the primary key", new Schema(List.of(tags)),
                    new Schema(List.of(tags.withPrimaryKey(List.of("code")))), Renames.NONE)));
            arguments.add(Arguments.of(kind, Change.of("a STRING enum gains a value", base(), s -> fees(s,
                    f -> f.withChecks(List.of(new CheckConstraint("ck_fees_status",
                            "\"status\" IN ('DUE', 'PAID', 'WAIVED', 'REFUNDED')"),
                            f.check("ck_fees_amount").orElseThrow()))))));
        }
        Table invoices = new Table("billing.invoices", List.of(new Column("id", BIGINT, false, true),
                notNull("student_id", BIGINT), nullable("due", DATE)), List.of("id"), List.of(),
                List.of(new ForeignKey("fk_invoices_student_id", List.of("student_id"), "students", List.of("id"))),
                List.of(new Index("ix_invoices_due", List.of("due"), false, Set.of("due"))));
        arguments.add(Arguments.of(TestDatabase.Kind.POSTGRESQL, Change.of("tables in a database schema", base(),
                s -> s.with(invoices).with(new Table("\"Archive\".\"Invoices\"", invoices.columns(),
                        invoices.primaryKey(), List.of(), List.of(new ForeignKey("fk_Invoices_id", List.of("id"),
                                "billing.invoices", List.of("id"))), List.of())))));
        Schema moved = base().without("students").with(students().withName("billing.students"));
        arguments.add(Arguments.of(TestDatabase.Kind.POSTGRESQL, new Change("a table moves into a database schema",
                base(), moved.with(moved.requireTable("fees").withForeignKeys(List.of(new ForeignKey(
                        "fk_fees_student_id", List.of("student_id"), "billing.students", List.of("id"))))),
                new Renames(Map.of("billing.students", "students"), Map.of()))));
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            // On SQLite, tables of one row, as Hibernate emulates sequences there.
            arguments.add(Arguments.of(kind, Change.of("create, drop and alter sequences",
                    base().with(new Sequence("receipt_seq", 1, 50)).with(new Sequence("old_seq", 5, 1)),
                    s -> s.withoutSequence("old_seq").with(new Sequence("receipt_seq", 1, 10))
                            .with(new Sequence("invoice_seq", 1000, 1)))));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("changes")
    void upgradesAndDowngradesWithTheRows(TestDatabase.Kind kind, Change change) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            new LiveSchemas(connection, Dialect.of(connection), Map.of("fees.status", "DUE", "documents.data",
                    "{\"a\": 1}"))
                    .roundTrip(change.before(), change.after(), change.renames());
        }
    }

    /** Students, and their fees: an identity key, a self-reference, an index, a check, a foreign key. */
    private static Schema base() {
        return new Schema(List.of(students(), new Table("fees",
                List.of(new Column("id", BIGINT, false, true), notNull("student_id", BIGINT),
                        nullable("parent_id", BIGINT), notNull("amount", NUMERIC(10, 2)),
                        notNull("status", VARCHAR(20)), nullable("due", DATE),
                        nullable("created", TIMESTAMP_TZ).withDefault(Optional.of(DefaultValue.CURRENT_TIMESTAMP))),
                List.of("id"),
                List.of(),
                List.of(new ForeignKey("fk_fees_student_id", List.of("student_id"), "students", List.of("id"))),
                List.of(new Index("ix_fees_status", List.of("status"), false)),
                List.of(new CheckConstraint("ck_fees_amount", "amount >= 0"),
                        new CheckConstraint("ck_fees_status", "\"status\" IN ('DUE', 'PAID', 'WAIVED')")),
                Optional.empty())));
    }

    private static Table documents(ColumnType title, ColumnType body, ColumnType data) {
        return new Table("documents", List.of(new Column("id", BIGINT, false, true), nullable("title", title),
                nullable("body", body), notNull("data", data)), List.of("id"), List.of(), List.of(), List.of());
    }

    private static Table students() {
        return new Table("students", List.of(new Column("id", BIGINT, false, true), notNull("name", VARCHAR(100))),
                List.of("id"), List.of(), List.of(), List.of());
    }

    private static Schema renamedTable() {
        Schema base = base();
        Table fees = base.requireTable("fees");
        return base.without("fees").with(fees.withName("charges"));
    }

    /** {@code amount} becomes {@code price}; its check is written anew with the new name. */
    private static Schema renamedColumn() {
        Schema base = base();
        Table fees = base.requireTable("fees");
        return base.with(new Table("fees",
                replace(fees.columns(), Map.of("amount", notNull("price", NUMERIC(10, 2)))),
                fees.primaryKey(), List.of(new UniqueConstraint("uk_fees_price", List.of("price", "status"))),
                fees.foreignKeys(), List.of(new Index("ix_fees_status", List.of("status"), false),
                        new Index("ix_fees_price", List.of("price"), false)),
                List.of(new CheckConstraint("ck_fees_amount", "price >= 0"), fees.check("ck_fees_status").orElseThrow()),
                Optional.empty()));
    }

    private static Schema fees(Schema schema, UnaryOperator<Table> change) {
        return schema.with(change.apply(schema.requireTable("fees")));
    }

    private static Schema students(Schema schema, UnaryOperator<Table> change) {
        return schema.with(change.apply(schema.requireTable("students")));
    }

    private static Table withColumn(Table table, Column column) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(column);
        return table.withColumns(columns);
    }

    private static List<Column> replace(List<Column> columns, Map<String, Column> replacements) {
        return columns.stream().map(c -> replacements.getOrDefault(c.name(), c)).toList();
    }

    private static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    private static Column nullable(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }
}
