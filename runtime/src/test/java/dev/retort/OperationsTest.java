package dev.retort;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AlterColumn;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropTable;
import dev.retort.operation.InvalidOperationException;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationsTest {

    private static Schema school() {
        Operations op = new Operations(Schema.EMPTY);
        op.createTable("students", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("email", VARCHAR(200), c -> c.notNull().unique()));
        op.createTable("fees", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("student_id", BIGINT, c -> c.notNull().references("students", "id"))
                .column("amount", NUMERIC(10, 2)));
        op.createIndex("ix_fees_amount", "fees", "amount");
        return op.schema();
    }

    @Test
    void createTableBuildsTheWholeTable() {
        Table fees = school().requireTable("fees");

        assertEquals(List.of(
                new Column("id", BIGINT, false, true),
                new Column("student_id", BIGINT, false, false),
                new Column("amount", NUMERIC(10, 2), true, false)), fees.columns());
        assertEquals(List.of("id"), fees.primaryKey());
        assertEquals(List.of(new ForeignKey("fk_fees_student_id", List.of("student_id"), "students", List.of("id"))),
                fees.foreignKeys());
        assertEquals(List.of(new Index("ix_fees_amount", List.of("amount"), false)), fees.indexes());
        assertEquals(List.of(new UniqueConstraint("uk_students_email", List.of("email"))),
                school().requireTable("students").uniqueConstraints());
    }

    @Test
    void indexColumnsSayTheirOrder() {
        Operations op = new Operations(school());
        op.createIndex("ix_fees_recent", "fees", IndexColumn.desc("amount"), IndexColumn.asc("id"));
        op.createUniqueIndex("ux_fees_student", "fees", IndexColumn.asc("student_id"), IndexColumn.desc("id"));

        Table fees = op.schema().requireTable("fees");
        assertEquals(new Index("ix_fees_recent", List.of("amount", "id"), false, Set.of("amount")),
                fees.index("ix_fees_recent").orElseThrow());
        assertEquals(new Index("ux_fees_student", List.of("student_id", "id"), true, Set.of("id")),
                fees.index("ux_fees_student").orElseThrow());
        assertNotEquals(new Index("ix", List.of("a"), false), new Index("ix", List.of("a"), false, Set.of("a")));
        assertThrows(IllegalArgumentException.class, () -> new Index("ix", List.of("a"), false, Set.of("b")));
    }

    @Test
    void dropsCarryTheWholeObjectFromTheSchema() {
        Schema before = school();
        Operations op = new Operations(before);
        op.dropIndex("ix_fees_amount", "fees");
        op.dropColumn("fees", "student_id");
        op.dropTable("fees");

        DropColumn dropColumn = (DropColumn) op.recorded().get(1);
        assertEquals(new Column("student_id", BIGINT, false, false), dropColumn.column());
        assertEquals("fk_fees_student_id", dropColumn.foreignKey().name());
        DropTable dropTable = (DropTable) op.recorded().get(2);
        assertEquals(before.requireTable("fees").columns().get(0), dropTable.table().columns().get(0));
        assertTrue(op.schema().table("fees").isEmpty());
    }

    @Test
    void reversingRecordedOperationsRestoresTheSchema() {
        Schema before = school();
        Operations op = new Operations(before);
        op.addColumn("fees", "note", VARCHAR(500));
        op.alterColumn("fees", "amount", c -> c.type(NUMERIC(12, 2)).notNull());
        op.dropIndex("ix_fees_amount", "fees");

        Schema undone = op.schema();
        List<dev.retort.operation.Operation> recorded = op.recorded();
        for (int i = recorded.size() - 1; i >= 0; i--) {
            undone = recorded.get(i).reverse().applyTo(undone);
        }
        assertEquals(before, undone);
        assertEquals(new AddColumn("fees", new Column("note", VARCHAR(500), true, false)), recorded.get(0));
        assertEquals(new Column("amount", NUMERIC(12, 2), false, false), ((AlterColumn) recorded.get(1)).to());
    }

    @Test
    void operationsThatDoNotFitTheSchemaAreRefused() {
        Operations op = new Operations(school());

        assertThrows(IllegalArgumentException.class, () -> op.dropTable("nope"));
        assertThrows(IllegalArgumentException.class, () -> op.dropColumn("fees", "nope"));
        InvalidOperationException e = assertThrows(InvalidOperationException.class, () -> op.dropTable("students"));
        assertTrue(e.getMessage().contains("fk_fees_student_id"), e.getMessage());
        assertThrows(InvalidOperationException.class, () -> op.createTable("fees", t -> t.column("id", BIGINT)));
        assertThrows(IllegalArgumentException.class,
                () -> op.addColumn("fees", "code", VARCHAR(10), c -> c.unique()));
        assertEquals(List.of(), op.recorded());
    }

    @Test
    void createTableRecordsOneOperation() {
        Operations op = new Operations(Schema.EMPTY);
        op.createTable("t", t -> t.column("a", BIGINT).column("b", BIGINT).primaryKey("a", "b"));

        CreateTable create = (CreateTable) op.recorded().get(0);
        assertEquals(List.of("a", "b"), create.table().primaryKey());
        assertTrue(create.table().columns().stream().noneMatch(Column::nullable));
    }
}
