package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.diff.RandomSchemaPairs;
import dev.retort.diff.SchemaDiff;
import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AddUniqueConstraint;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.processor.revision.RevisionModel;
import dev.retort.processor.revision.RevisionPlanner;
import dev.retort.processor.revision.RevisionSource;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Operations rendered as revision code, compiled and run: the upgrade turns the schema before into exactly the schema
 * the operations lead to (same constraint names), and the downgrade turns it back.
 */
class RevisionDslTest {

    private static final Table STUDENTS = new Table("students",
            List.of(new Column("id", BIGINT, false, true), notNull("code", VARCHAR(10))),
            List.of("id"), List.of(), List.of(), List.of());
    private static final Table FEES = new Table("fees",
            List.of(new Column("id", BIGINT, false, true), notNull("student_id", BIGINT),
                    nullable("amount", NUMERIC(10, 2)), nullable("note", VARCHAR(255))),
            List.of("id"),
            List.of(new UniqueConstraint("uk_fees_note", List.of("note"))),
            List.of(new ForeignKey("fk_fees_student_id", List.of("student_id"), "students", List.of("id"))),
            List.of(new Index("ix_fees_amount", List.of("amount"), false)));
    private static final Schema SCHOOL = new Schema(List.of(STUDENTS, FEES));

    private record Case(Schema before, List<Operation> upgrade) {}

    @Test
    void everyKindOfOperation() {
        Table everything = new Table("everything",
                List.of(new Column("id", BIGINT, false, true), notNull("code", VARCHAR(10)),
                        notNull("student_id", BIGINT), nullable("payer_id", BIGINT), nullable("email", VARCHAR(255)),
                        nullable("a", INTEGER), nullable("b", SMALLINT), nullable("flag", BOOLEAN),
                        nullable("ratio", DOUBLE), nullable("day", DATE), nullable("at", TIMESTAMP),
                        nullable("at_tz", TIMESTAMP_TZ), nullable("uuid", UUID), nullable("data", BINARY),
                        nullable("real", REAL), notNull("initial", CHAR(1)), nullable("opens", TIME),
                        nullable("body", CLOB), nullable("scan", BLOB), nullable("doc", custom("jsonb"))),
                List.of("id"),
                List.of(new UniqueConstraint("uk_everything_email", List.of("email")),
                        new UniqueConstraint("uk_ab", List.of("a", "b")),
                        new UniqueConstraint("uk_custom_code", List.of("code"))),
                List.of(new ForeignKey("fk_everything_student_id", List.of("student_id"), "students", List.of("id")),
                        new ForeignKey("fk_payer", List.of("payer_id"), "students", List.of("id"))),
                List.of(new Index("ix_everything_code", List.of("code"), false),
                        new Index("ux_everything_a_b", List.of("a", "b"), true)));
        Table enrolments = new Table("enrolments",
                List.of(notNull("student_id", BIGINT), notNull("course", VARCHAR(20)), nullable("grade", SMALLINT)),
                List.of("student_id", "course"), List.of(),
                List.of(new ForeignKey("fk_enrolments_student_id", List.of("student_id"), "students", List.of("id")),
                        new ForeignKey("fk_self", List.of("student_id", "course"), "enrolments",
                                List.of("student_id", "course"))),
                List.of());
        ForeignKey payer = new ForeignKey("fk_fees_payer_id", List.of("payer_id"), "students", List.of("id"));
        Column amount = FEES.column("amount").orElseThrow();
        Column note = FEES.column("note").orElseThrow();

        assertReplays(List.of(
                new Case(SCHOOL, List.of(new CreateTable(everything), new CreateTable(enrolments))),
                new Case(SCHOOL, List.of(new DropIndex("fees", FEES.indexes().get(0)),
                        new DropTable(FEES.withIndexes(List.of())))),
                new Case(SCHOOL, List.of(new DropTable(FEES))),
                new Case(SCHOOL, List.of(
                        new AddColumn("fees", nullable("due", DATE)),
                        new AddColumn("fees", notNull("paid", BOOLEAN)),
                        new AddColumn("fees", notNull("payer_id", BIGINT), payer),
                        new AddColumn("fees", nullable("other_id", BIGINT),
                                new ForeignKey("fk_other", List.of("other_id"), "fees", List.of("id"))),
                        new AddColumn("students", new Column("seq", INTEGER, false, true)))),
                new Case(SCHOOL, List.of(new DropColumn("fees", FEES.column("student_id").orElseThrow(),
                        FEES.foreignKeys().get(0)))),
                new Case(SCHOOL, List.of(
                        new DropIndex("fees", FEES.indexes().get(0)),
                        new AlterColumn("fees", amount, amount.withType(NUMERIC(12, 4)).withNullable(false)),
                        new DropUniqueConstraint("fees", FEES.uniqueConstraints().get(0)),
                        new AlterColumn("fees", note, note.withNullable(false)),
                        new AlterColumn("students", STUDENTS.columns().get(1),
                                STUDENTS.columns().get(1).withNullable(true)),
                        new AlterColumn("fees", FEES.columns().get(0), FEES.columns().get(0).withIdentity(false)))),
                new Case(SCHOOL, List.of(
                        new AlterColumn("fees", FEES.columns().get(0),
                                new Column("id", VARCHAR(36), false, false)),
                        new AlterColumn("fees", amount, new Column("amount", INTEGER, false, true)))),
                new Case(SCHOOL, List.of(
                        new CreateIndex("fees", new Index("ix_fees_note", List.of("note"), false)),
                        new CreateIndex("students", new Index("ux_students_code", List.of("code", "id"), true)),
                        new CreateIndex("students", new Index("ix_students_recent", List.of("id", "code"), false,
                                Set.of("id"))),
                        new CreateIndex("fees", new Index("ux_fees_all_desc", List.of("note", "amount"), true,
                                Set.of("note", "amount"))),
                        new DropIndex("fees", FEES.indexes().get(0)))),
                new Case(SCHOOL, List.of(
                        new AddUniqueConstraint("students", new UniqueConstraint("uk_code", List.of("code", "id"))),
                        new DropUniqueConstraint("fees", FEES.uniqueConstraints().get(0)))),
                new Case(SCHOOL, List.of(
                        new DropForeignKey("fees", FEES.foreignKeys().get(0)),
                        new AddForeignKey("fees", new ForeignKey("fk_fees_student", List.of("student_id"),
                                "students", List.of("id")))))));
    }

    @Test
    void writesTheMappedTypesReadably() {
        Table table = Table.of("documents", List.of(new Column("id", BIGINT, false, true),
                nullable("initial", CHAR(1)), nullable("body", CLOB), nullable("doc", custom("jsonb")),
                nullable("range", custom("int4range"))))
                .withIndexes(List.of(new Index("ix_documents_initial", List.of("initial", "id"), false,
                        Set.of("initial"))));
        RevisionModel revision = RevisionPlanner.plan("test.revisions", List.of(), Optional.of("documents"),
                List.of(new CreateTable(table)), Instant.parse(RetortCompiler.CLOCK), name -> false);

        String source = RevisionSource.of(revision).toString();

        assertTrue(source.contains("""
                        op.createTable("documents", t -> t
                                .column("id", BIGINT, c -> c.identity())
                                .column("initial", CHAR(1))
                                .column("body", CLOB)
                                .column("doc", custom("jsonb"))
                                .column("range", custom("int4range")));
                """), source);
        assertTrue(source.contains("import static dev.retort.schema.ColumnType.custom;"), source);
        assertTrue(source.contains("""
                        op.createIndex("ix_documents_initial", "documents", desc("initial"), asc("id"));
                """), source);
        assertTrue(source.contains("import static dev.retort.IndexColumn.asc;\nimport static dev.retort.IndexColumn.desc;"),
                source);
    }

    @Test
    void writesTablesInADatabaseSchemaByTheirQualifiedName() {
        Table customers = new Table("billing.customers", List.of(new Column("id", BIGINT, false, true)),
                List.of("id"), List.of(), List.of(), List.of());
        Table invoices = new Table("billing.invoices", List.of(new Column("id", BIGINT, false, true),
                notNull("customer_id", BIGINT)), List.of("id"), List.of(), List.of(new ForeignKey(
                        Names.foreignKey("billing.invoices", List.of("customer_id")), List.of("customer_id"),
                        "billing.customers", List.of("id"))), List.of());
        Case created = new Case(Schema.EMPTY, SchemaDiff.diff(Schema.EMPTY, new Schema(List.of(customers, invoices))));
        RevisionModel revision = RevisionPlanner.plan("test.revisions", List.of(), Optional.of("billing"),
                created.upgrade(), Instant.parse(RetortCompiler.CLOCK), name -> false);

        String source = RevisionSource.of(revision).toString();

        assertTrue(source.contains("""
                        op.createTable("billing.invoices", t -> t
                                .column("id", BIGINT, c -> c.primaryKey().identity())
                                .column("customer_id", BIGINT, c -> c.notNull().references("billing.customers", "id")));
                """), source);
        assertReplays(List.of(created));
    }

    @Test
    void randomDifferencesFoundByTheDiffer() {
        List<Case> cases = new ArrayList<>();
        for (long seed = 0; seed < 150; seed++) {
            Schema[] pair = RandomSchemaPairs.pair(seed);
            List<Operation> upgrade = SchemaDiff.diff(pair[0], pair[1]);
            if (!upgrade.isEmpty()) {
                cases.add(new Case(pair[0], upgrade));
            }
        }

        assertReplays(cases);
    }

    /** Renders each case as a revision, compiles them all at once, and replays each. */
    private static void assertReplays(List<Case> cases) {
        List<JavaFileObject> sources = new ArrayList<>();
        List<RevisionModel> revisions = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            RevisionModel revision = RevisionPlanner.plan("test.revisions", List.of(), Optional.of("case " + i),
                    cases.get(i).upgrade(), Instant.parse(RetortCompiler.CLOCK), name -> false);
            revisions.add(revision);
            sources.add(JavaFileObjects.forSourceString(revision.qualifiedName(),
                    RevisionSource.of(revision).toString()));
        }

        Compilation compilation = Compiler.javac().compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Schema after = c.before();
            for (Operation operation : c.upgrade()) {
                after = operation.applyTo(after);
            }
            try {
                Replay.assertRevision(compilation, revisions.get(i).qualifiedName(), c.before(), after);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + ":\n" + RevisionSource.of(revisions.get(i)), e);
            }
        }
    }

    private static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    private static Column nullable(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }
}
