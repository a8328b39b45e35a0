package dev.retort;

import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.operation.DeleteRows;
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Irreversible;
import dev.retort.operation.InvalidOperationException;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the DSL's renames, key changes and data calls do to the model, and what they refuse. */
class RenamesAndKeysTest {

    private static Schema school() {
        Operations op = new Operations(Schema.EMPTY);
        op.createTable("students", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("email", VARCHAR(200), c -> c.notNull().unique()));
        op.createTable("fees", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("student_id", BIGINT, c -> c.notNull().references("students", "id", ReferentialAction.CASCADE))
                .column("amount", NUMERIC(10, 2), c -> c.defaultValue("0.00").comment("in euros"))
                .check("ck_fees_amount", "amount >= 0"));
        op.createIndex("ix_fees_amount_student_id", "fees", "amount", "student_id");
        return op.schema();
    }

    @Test
    void renamedColumnsAndTablesTakeTheirKeysConstraintsIndexesAndReferencesAlong() {
        Operations op = new Operations(school());
        op.dropCheckConstraint("ck_fees_amount", "fees");
        op.renameColumn("fees", "amount", "total");
        op.renameColumn("students", "id", "student_no");
        op.renameTable("students", "pupils");

        Table fees = op.schema().requireTable("fees");
        assertEquals(List.of(new Index("ix_fees_amount_student_id", List.of("total", "student_id"), false)),
                fees.indexes());
        assertEquals(List.of(new ForeignKey("fk_fees_student_id", List.of("student_id"), "pupils",
                List.of("student_no"), ReferentialAction.CASCADE)), fees.foreignKeys());
        assertEquals(Optional.of(DefaultValue.of("0")), fees.column("total").orElseThrow().defaultValue());
        Table pupils = op.schema().requireTable("pupils");
        assertEquals(List.of("student_no"), pupils.primaryKey());
        assertEquals(List.of(new UniqueConstraint("uk_students_email", List.of("email"))), pupils.uniqueConstraints());
    }

    @Test
    void refusesARenameOverACheckThatMentionsTheColumn() {
        Operations op = new Operations(school());
        InvalidOperationException e = assertThrows(InvalidOperationException.class,
                () -> op.renameColumn("fees", "amount", "total"));
        assertEquals("cannot rename column fees.amount to total: check constraint ck_fees_amount mentions it; drop it"
                + " first and add it again, naming total", e.getMessage());
    }

    @Test
    void changesThePrimaryKeyOnlyToNotNullColumnsAndNotUnderAForeignKey() {
        Operations op = new Operations(school());
        assertEquals("cannot alter primary key of fees: column amount accepts NULL; make it NOT NULL first",
                assertThrows(InvalidOperationException.class, () -> op.alterPrimaryKey("fees", "amount"))
                        .getMessage());
        assertEquals("cannot alter primary key of students: foreign key fk_fees_student_id of table fees references"
                        + " the primary key; drop it first",
                assertThrows(InvalidOperationException.class, () -> op.alterPrimaryKey("students", "email"))
                        .getMessage());
        op.alterPrimaryKey("fees", "id", "student_id");
        assertEquals(List.of("id", "student_id"), op.schema().requireTable("fees").primaryKey());
    }

    @Test
    void dataCallsKnowTheirReverse() {
        Operations op = new Operations(school());
        op.bulkInsert("students", List.of(Map.of("id", 1L, "email", "a@example.com")));
        op.execute("UPDATE fees SET amount = 1", "UPDATE fees SET amount = 0");
        op.execute("DELETE FROM fees");
        op.fillNulls("fees", "amount", "0");

        assertEquals(new DeleteRows("students", List.of("id", "email"), List.of(List.of(1L, "a@example.com"))),
                op.recorded().get(0).reverse());
        assertEquals(new ExecuteSql("UPDATE fees SET amount = 0", Optional.of("UPDATE fees SET amount = 1")),
                op.recorded().get(1).reverse());
        assertEquals(new Irreversible("execute DELETE FROM fees", "it was written without a reverse statement;"
                + " write the downgrade by hand"), op.recorded().get(2).reverse());
        assertEquals(Irreversible.class, op.recorded().get(3).reverse().getClass());
        assertEquals(school(), op.schema(), "data calls leave the schema as it was");
    }

    @Test
    void refusesDataThatDoesNotFitTheTable() {
        Operations op = new Operations(school());
        assertEquals("bulkInsert: table students has no column name", assertThrows(IllegalArgumentException.class,
                () -> op.bulkInsert("students", List.of(Map.of("name", "x")))).getMessage());
        assertEquals("bulkInsert(students): row 2 names columns [id], the first row [email, id]; every row names the"
                + " same", assertThrows(IllegalArgumentException.class, () -> op.bulkInsert("students",
                        List.of(Map.of("id", 1L, "email", "a"), Map.of("id", 2L)))).getMessage());
        assertEquals("cannot fill nulls of fees.amount: default 'much' is not a value of type numeric(10,2)",
                assertThrows(InvalidOperationException.class, () -> op.fillNulls("fees", "amount", "much"))
                        .getMessage());
    }
}
