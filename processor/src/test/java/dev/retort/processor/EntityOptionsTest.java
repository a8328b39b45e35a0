package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.SMALLINT;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.entity.EnumColumn;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity options beyond names and types: {@code @Default}, comments, {@code @CheckConstraint}, Hibernate's
 * {@code @OnDelete}, sequences, and the check and snapshot entry of enum columns; and their errors.
 */
class EntityOptionsTest {

    /** Hibernate's annotation as the processor reads it: by name, so the test declares its own copy. */
    private static final JavaFileObject ON_DELETE = JavaFileObjects.forSourceLines("org.hibernate.annotations.OnDelete",
            "package org.hibernate.annotations;",
            "",
            "public @interface OnDelete { OnDeleteAction action(); }");
    private static final JavaFileObject ON_DELETE_ACTION = JavaFileObjects.forSourceLines(
            "org.hibernate.annotations.OnDeleteAction",
            "package org.hibernate.annotations;",
            "",
            "public enum OnDeleteAction { NO_ACTION, CASCADE, RESTRICT, SET_NULL, SET_DEFAULT }");
    private static final JavaFileObject PRIORITY = JavaFileObjects.forSourceLines("com.example.school.Priority",
            "package com.example.school;",
            "",
            "public enum Priority { LOW, NORMAL, HIGH }");

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void mapsDefaultsCommentsChecksOnDeleteAndSequences() throws Exception {
        JavaFileObject student = entity("Student",
                "@Entity @Table(name = \"students\")",
                "public class Student {",
                "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
                "}");
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(name = \"fees\", comment = \"what students owe\",",
                "        check = @CheckConstraint(name = \"ck_fees_amount\", constraint = \"amount >= 0\"))",
                "@SequenceGenerator(name = \"receipts\", sequenceName = \"receipt_seq\", allocationSize = 20)",
                "public class Fee {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"receipts\") private Long id;",
                "    @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) private Student student;",
                "    @Column(precision = 10, scale = 2, comment = \"in euros\",",
                "            check = @CheckConstraint(name = \"ck_fees_whole\", constraint = \"amount = round(amount)\"))",
                "    private java.math.BigDecimal amount;",
                "    @Default(\"NORMAL\") @Column(nullable = false) private Priority priority;",
                "    @Default(\"NORMAL\") @Enumerated(EnumType.STRING) @Column(length = 10) private Priority shown;",
                "    @Default(\"true\") private boolean open;",
                "    @Default(now = true) private java.time.LocalDate day;",
                "    @Default(now = true) private java.time.Instant created;",
                "}");

        Compilation compilation = retort.compile(ON_DELETE, ON_DELETE_ACTION, PRIORITY, student, fee);

        assertThat(compilation).succeededWithoutWarnings();
        Snapshot snapshot = SnapshotReader.read(retort.snapshot());
        Table fees = snapshot.schema().requireTable("fees");
        assertEquals(List.of(
                new Column("id", BIGINT, false, false),
                new Column("student_id", BIGINT, false, false),
                new Column("amount", NUMERIC(10, 2), true, false, Optional.empty(), Optional.of("in euros")),
                withDefault(new Column("priority", SMALLINT, false, false), DefaultValue.of("1")),
                withDefault(new Column("shown", VARCHAR(10), true, false), DefaultValue.of("NORMAL")),
                withDefault(new Column("open", BOOLEAN, false, false), DefaultValue.of("true")),
                withDefault(new Column("day", DATE, true, false), DefaultValue.CURRENT_DATE),
                withDefault(new Column("created", TIMESTAMP_TZ, true, false), DefaultValue.CURRENT_TIMESTAMP)),
                fees.columns());
        assertEquals(Optional.of("what students owe"), fees.comment());
        assertEquals(List.of(new ForeignKey("fk_fees_student_id", List.of("student_id"), "students", List.of("id"),
                ReferentialAction.CASCADE)), fees.foreignKeys());
        assertEquals(List.of(
                new CheckConstraint("ck_fees_amount", "amount >= 0"),
                new CheckConstraint("ck_fees_priority", "\"priority\" BETWEEN 0 AND 2"),
                new CheckConstraint("ck_fees_shown", "\"shown\" IN ('LOW', 'NORMAL', 'HIGH')"),
                new CheckConstraint("ck_fees_whole", "amount = round(amount)")), fees.checks());
        assertEquals(List.of(new Sequence("receipt_seq", 1, 20)), snapshot.schema().sequences());
        assertEquals(Optional.of(new EnumColumn(EnumColumn.Storage.ORDINAL, List.of("LOW", "NORMAL", "HIGH"))),
                snapshot.enumOf("fees", "priority"));
        assertEquals(Optional.of(new EnumColumn(EnumColumn.Storage.STRING, List.of("LOW", "NORMAL", "HIGH"))),
                snapshot.enumOf("fees", "shown"));
        String revision = retort.migrationFiles().get(0).replace(".java", "");
        Replay.assertRevision(compilation, "com.example.school.migrations." + revision, Schema.EMPTY,
                snapshot.schema());
    }

    @Test
    void aSequenceWithoutGeneratorIsHibernatesDefault() throws Exception {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Integer id;",
                "}");

        assertThat(retort.compile(ON_DELETE, ON_DELETE_ACTION, fee)).succeededWithoutWarnings();
        assertEquals(List.of(new Sequence("Fee_SEQ", 1, 50)), SnapshotReader.read(retort.snapshot()).schema()
                .sequences());
    }

    @Test
    void reportsOptionsThatMakeNoSchema() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(check = @CheckConstraint(constraint = \"1 = 1\"))",
                "public class Fee {",
                "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"nowhere\") private Long id;",
                "    @Default(\"soon\") private java.time.LocalDate day;",
                "    @Default(\"URGENT\") @Enumerated(EnumType.STRING) private Priority priority;",
                "    @Default private int count;",
                "}");

        Compilation compilation = retort.compile(ON_DELETE, ON_DELETE_ACTION, PRIORITY, fee);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee: @CheckConstraint needs a name and a"
                + " constraint (revisions drop and change it by name)").inFile(fee).onLineContaining("@Table(check");
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.id: @GeneratedValue(generator ="
                + " \"nowhere\") names no @SequenceGenerator(name = \"nowhere\") on the id or its entity Fee")
                .inFile(fee).onLineContaining("generator = \"nowhere\"");
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.day: column day: default 'soon' is not"
                + " a value of type date").inFile(fee).onLineContaining("@Default(\"soon\")");
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.priority: @Default(\"URGENT\") is not a"
                + " constant of com.example.school.Priority [LOW, NORMAL, HIGH]")
                .inFile(fee).onLineContaining("@Default(\"URGENT\")");
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.count: @Default needs either a value"
                + " or now = true").inFile(fee).onLineContaining("@Default private int count;");
        assertEquals(List.of(), retort.migrationFiles());
    }

    private static Column withDefault(Column column, DefaultValue value) {
        return column.withDefault(Optional.of(value));
    }

    private static JavaFileObject entity(String className, String... lines) {
        String[] all = new String[lines.length + 5];
        all[0] = "package com.example.school;";
        all[1] = "";
        all[2] = "import dev.retort.annotations.*;";
        all[3] = "import jakarta.persistence.*;";
        all[4] = "import org.hibernate.annotations.*;";
        System.arraycopy(lines, 0, all, 5, lines.length);
        return JavaFileObjects.forSourceLines("com.example.school." + className, all);
    }
}
