package dev.retort.processor.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.operation.AddColumn;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateTable;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropTable;
import dev.retort.operation.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids, class names, messages and packages of generated revisions. */
class RevisionNamingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T15:30:59Z");
    private static final Table FEES = Table.of("fees", List.of(new Column("id", ColumnType.BIGINT, false, false)));
    private static final Table STUDENTS = Table.of("students", FEES.columns());

    @Test
    void idIsTwelveHexDigitsOfItsInputs() {
        String id = RevisionId.of(List.of("a"), "op.dropTable(\"x\");", NOW);

        assertEquals(12, id.length());
        assertEquals(id, RevisionId.of(List.of("a"), "op.dropTable(\"x\");", NOW));
        assertNotEquals(id, RevisionId.of(List.of("b"), "op.dropTable(\"x\");", NOW));
        assertNotEquals(id, RevisionId.of(List.of("a"), "op.dropTable(\"y\");", NOW));
        assertNotEquals(id, RevisionId.of(List.of("a"), "op.dropTable(\"x\");", NOW.plusSeconds(1)));
    }

    @Test
    void classNameIsTheUtcTimeAndTheMessage() {
        assertEquals("V20261124_1530_CreateTableFees", RevisionClassName.of(NOW, "create table fees", n -> false));
        assertEquals("V20261124_1530_AddColumnFeesDescription",
                RevisionClassName.of(NOW, "add column fees.description", n -> false));
        assertEquals("V20261124_1530_ÉlèvesInscrits2", RevisionClassName.of(NOW, "élèves inscrits 2", n -> false));
        assertEquals("V20261124_1530_Revision", RevisionClassName.of(NOW, "--", n -> false));
        assertEquals("V20261124_1530_CreateTableFees_3", RevisionClassName.of(NOW, "create table fees",
                Set.of("V20261124_1530_CreateTableFees", "V20261124_1530_CreateTableFees_2")::contains));
    }

    @Test
    void longMessagesAreCutAtAWord() {
        String name = RevisionClassName.pascalCase(
                "create tables accounts, addresses, classrooms, courses, enrolments, fees, students");

        assertEquals("CreateTablesAccountsAddressesClassroomsCourses", name);
    }

    @Test
    void messageSaysWhatChanged() {
        assertEquals("create table fees", RevisionMessage.of(List.of(new CreateTable(FEES),
                new CreateIndex("fees", new Index("ix", List.of("id"), false)))));
        assertEquals("create tables fees, students",
                RevisionMessage.of(List.of(new CreateTable(STUDENTS), new CreateTable(FEES))));
        List<Operation> sixTables = new ArrayList<>();
        for (String name : List.of("f", "e", "d", "c", "b", "a")) {
            sixTables.add(new CreateTable(FEES.withName(name)));
        }
        assertEquals("create tables a, b, c and 3 more", RevisionMessage.of(sixTables));
        assertEquals("create tables c, d, e, f", RevisionMessage.of(sixTables.subList(0, 4)));
        assertEquals("drop table fees", RevisionMessage.of(List.of(
                new DropIndex("fees", new Index("ix", List.of("id"), false)), new DropTable(FEES))));
        Column note = new Column("note", ColumnType.DATE, true, false);
        assertEquals("add column fees.note and 1 more change",
                RevisionMessage.of(List.of(new AddColumn("fees", note), new CreateTable(STUDENTS))));
        assertEquals("add column fees.note and 2 more changes", RevisionMessage.of(List.of(
                new AddColumn("fees", note), new AddColumn("fees", note.withNullable(false)),
                new CreateTable(STUDENTS))));
    }

    @Test
    void migrationsPackageIsBelowTheEntitiesCommonPackage() {
        assertEquals("com.example.school.migrations",
                MigrationsPackage.of(List.of("com.example.school", "com.example.school.billing")));
        assertEquals("com.example.migrations", MigrationsPackage.of(List.of("com.example.a", "com.example.b")));
        assertEquals("migrations", MigrationsPackage.of(List.of("org.a", "com.b")));
        assertEquals("migrations", MigrationsPackage.of(List.of("")));
    }
}
