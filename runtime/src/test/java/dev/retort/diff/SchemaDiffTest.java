package dev.retort.diff;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddForeignKey;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.AlterPrimaryKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final Table STUDENTS = new Table("students",
            List.of(new Column("id", BIGINT, false, true), new Column("name", VARCHAR(100), false, false)),
            List.of("id"), List.of(), List.of(), List.of());

    private static final Table FEES = new Table("fees",
            List.of(new Column("id", BIGINT, false, true), new Column("student_id", BIGINT, false, false),
                    new Column("status", VARCHAR(20), true, false)),
            List.of("id"),
            List.of(),
            List.of(fk("fees", "student_id", "students")),
            List.of(new Index("ix_fees_status", List.of("status"), false)));

    @Test
    void equalSchemasHaveNoDifferences() {
        Schema schema = new Schema(List.of(STUDENTS, FEES));
        assertEquals(List.of(), SchemaDiff.diff(schema, schema));
    }

    @Test
    void createsReferencedTablesFirstAndIndexesSeparately() {
        List<Operation> ops = SchemaDiff.diff(Schema.EMPTY, new Schema(List.of(FEES, STUDENTS)));

        assertEquals(List.of(
                new CreateTable(STUDENTS),
                new CreateTable(FEES.withIndexes(List.of())),
                new CreateIndex("fees", FEES.indexes().get(0))), ops);
        assertRoundTrip(Schema.EMPTY, new Schema(List.of(FEES, STUDENTS)));
    }

    @Test
    void dropsReferencingTablesFirstWithTheirIndexesBefore() {
        List<Operation> ops = SchemaDiff.diff(new Schema(List.of(FEES, STUDENTS)), Schema.EMPTY);

        assertEquals(List.of(
                new DropIndex("fees", FEES.indexes().get(0)),
                new DropTable(FEES.withIndexes(List.of())),
                new DropTable(STUDENTS)), ops);
    }

    @Test
    void addedColumnCarriesItsOwnForeignKey() {
        Table feesWithoutStudent = FEES.withForeignKeys(List.of())
                .withColumns(List.of(FEES.columns().get(0), FEES.columns().get(2)));
        Schema before = new Schema(List.of(STUDENTS, feesWithoutStudent));
        Schema after = new Schema(List.of(STUDENTS, FEES));

        List<Operation> ops = SchemaDiff.diff(before, after);

        // The rows that exist get 0 in the NOT NULL column: a placeholder the processor asks the author to replace.
        assertEquals(List.of(new AddColumn("fees", FEES.columns().get(1), FEES.foreignKeys().get(0),
                Optional.of(DefaultValue.of("0")))), ops);
        assertEquals(List.of(new DropColumn("fees", FEES.columns().get(1), FEES.foreignKeys().get(0))),
                SchemaDiff.diff(after, before));
        assertRoundTrip(before, after);
    }

    @Test
    void alteredColumnKeepsBothDefinitions() {
        Column wider = new Column("status", VARCHAR(50), false, false);
        Table changed = FEES.withColumns(List.of(FEES.columns().get(0), FEES.columns().get(1), wider));
        Schema before = new Schema(List.of(STUDENTS, FEES));

        List<Operation> ops = SchemaDiff.diff(before, new Schema(List.of(STUDENTS, changed)));

        assertEquals(List.of(new AlterColumn("fees", FEES.columns().get(2), wider)), ops);
    }

    @Test
    void droppingAnIndexedColumnDropsTheIndexFirst() {
        Table withoutStatus = FEES.withIndexes(List.of())
                .withColumns(List.of(FEES.columns().get(0), FEES.columns().get(1)));
        Schema before = new Schema(List.of(STUDENTS, FEES));

        List<Operation> ops = SchemaDiff.diff(before, new Schema(List.of(STUDENTS, withoutStatus)));

        assertEquals(List.of(
                new DropIndex("fees", FEES.indexes().get(0)),
                new DropColumn("fees", FEES.columns().get(2), null)), ops);
        assertRoundTrip(before, new Schema(List.of(STUDENTS, withoutStatus)));
    }

    @Test
    void changedIndexIsDroppedAndCreatedAgain() {
        Index unique = new Index("ix_fees_status", List.of("status"), true);
        Schema before = new Schema(List.of(STUDENTS, FEES));
        Schema after = new Schema(List.of(STUDENTS, FEES.withIndexes(List.of(unique))));

        assertEquals(List.of(new DropIndex("fees", FEES.indexes().get(0)), new CreateIndex("fees", unique)),
                SchemaDiff.diff(before, after));
    }

    @Test
    void foreignKeyOnAnExistingColumnIsItsOwnOperation() {
        Schema before = new Schema(List.of(STUDENTS, FEES.withForeignKeys(List.of())));
        Schema after = new Schema(List.of(STUDENTS, FEES));

        assertEquals(List.of(new AddForeignKey("fees", FEES.foreignKeys().get(0))), SchemaDiff.diff(before, after));
        assertEquals(List.of(new DropForeignKey("fees", FEES.foreignKeys().get(0))), SchemaDiff.diff(after, before));
    }

    @Test
    void cyclesAreBrokenByAddingForeignKeysAfterBothTablesExist() {
        Table a = new Table("a", List.of(new Column("id", INTEGER, false, false), new Column("b_id", INTEGER, true, false)),
                List.of("id"), List.of(), List.of(fk("a", "b_id", "b")), List.of());
        Table b = new Table("b", List.of(new Column("id", INTEGER, false, false), new Column("a_id", INTEGER, true, false)),
                List.of("id"), List.of(), List.of(fk("b", "a_id", "a")), List.of());
        Schema both = new Schema(List.of(a, b));

        List<Operation> ops = SchemaDiff.diff(Schema.EMPTY, both);

        assertEquals(List.of(
                new CreateTable(a.withForeignKeys(List.of())),
                new CreateTable(b),
                new AddForeignKey("a", a.foreignKeys().get(0))), ops);
        assertRoundTrip(Schema.EMPTY, both);
        assertTrue(SchemaDiff.diff(both, Schema.EMPTY).get(0) instanceof DropForeignKey);
    }

    @Test
    void selfReferenceStaysInsideTheTable() {
        Table tree = new Table("node",
                List.of(new Column("id", INTEGER, false, false), new Column("parent_id", INTEGER, true, false)),
                List.of("id"), List.of(), List.of(fk("node", "parent_id", "node")), List.of());

        assertEquals(List.of(new CreateTable(tree)), SchemaDiff.diff(Schema.EMPTY, new Schema(List.of(tree))));
    }

    @Test
    void changedPrimaryKeyDropsAndAddsTheForeignKeysOnTheOldKeyAroundIt() {
        Table rekeyed = STUDENTS.withPrimaryKey(List.of("id", "name"));
        Schema before = new Schema(List.of(STUDENTS, FEES));
        Schema after = new Schema(List.of(rekeyed, FEES));

        assertEquals(List.of(
                new DropForeignKey("fees", FEES.foreignKeys().get(0)),
                new AlterPrimaryKey("students", List.of("id"), List.of("id", "name")),
                new AddForeignKey("fees", FEES.foreignKeys().get(0))), SchemaDiff.diff(before, after));
        assertRoundTrip(before, after);
    }

    @Test
    void uniqueConstraintChangesAreDetected() {
        UniqueConstraint byName = new UniqueConstraint("uk_students_name", List.of("name"));
        Schema before = new Schema(List.of(STUDENTS));
        Schema after = new Schema(List.of(STUDENTS.withUniqueConstraints(List.of(byName))));

        assertRoundTrip(before, after);
        assertEquals(1, SchemaDiff.diff(before, after).size());
    }

    @Test
    void randomSchemaPairsRoundTrip() {
        for (long seed = 0; seed < 2000; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            Schema a = random.schema();
            RandomSchemas.Evolution b = random.evolution(a);
            try {
                assertRoundTrip(a, b.schema(), b.renames());
                assertRoundTrip(a, b.schema(), Renames.NONE);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ":\nfrom " + a + "\nto   " + b, e);
            }
        }
    }

    /**
     * Applying the diff gives the target; applying the reversed diff backwards gives the source again. Columns a
     * revision adds come last, as databases append them, so schemas are compared without regard to column order.
     */
    static void assertRoundTrip(Schema from, Schema to) {
        assertRoundTrip(from, to, Renames.NONE);
    }

    static void assertRoundTrip(Schema from, Schema to, Renames renames) {
        List<Operation> ops = SchemaDiff.diff(from, to, renames);
        Schema forward = from;
        for (Operation op : ops) {
            forward = op.applyTo(forward);
        }
        assertEquals(columnsByName(to), columnsByName(forward), "upgrade");
        assertEquals(List.of(), SchemaDiff.diff(forward, to), "diff after upgrade");
        Schema backward = forward;
        for (int i = ops.size() - 1; i >= 0; i--) {
            backward = ops.get(i).reverse().applyTo(backward);
        }
        assertEquals(columnsByName(from), columnsByName(backward), "downgrade");
    }

    private static Schema columnsByName(Schema schema) {
        return schema.withTables(schema.tables().stream()
                .map(t -> t.withColumns(t.columns().stream()
                        .sorted(java.util.Comparator.comparing(Column::name)).toList()))
                .toList());
    }

    private static ForeignKey fk(String table, String column, String target) {
        return new ForeignKey(Names.foreignKey(table, List.of(column)), List.of(column), target, List.of("id"));
    }
}
