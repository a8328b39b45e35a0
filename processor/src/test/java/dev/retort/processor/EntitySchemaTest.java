package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BINARY;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.DATE;
import static dev.retort.schema.ColumnType.DOUBLE;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.SMALLINT;
import static dev.retort.schema.ColumnType.TIMESTAMP;
import static dev.retort.schema.ColumnType.TIMESTAMP_TZ;
import static dev.retort.schema.ColumnType.UUID;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the entities map to, read back from the snapshot the first revision writes. */
class EntitySchemaTest {

    private static final JavaFileObject STATUS = JavaFileObjects.forSourceLines("com.example.school.Status",
            "package com.example.school;",
            "",
            "public enum Status { OPEN, CLOSED }");

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void javaTypesBecomeColumnTypes() throws SnapshotException {
        JavaFileObject everything = MappingErrorsTest.entity("Everything",
                "import java.math.BigDecimal;",
                "import java.time.*;",
                "import java.util.UUID;",
                "",
                "@Entity",
                "public class Everything {",
                "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private long id;",
                "    private int count;",
                "    private Integer boxedCount;",
                "    private Long boxedBig;",
                "    private short small;",
                "    private Short boxedSmall;",
                "    private boolean flag;",
                "    private Boolean boxedFlag;",
                "    private double ratio;",
                "    private Double boxedRatio;",
                "    private BigDecimal price;",
                "    @Column(precision = 10, scale = 3) private BigDecimal exact;",
                "    private LocalDate day;",
                "    private LocalDateTime moment;",
                "    private Instant instant;",
                "    private OffsetDateTime offset;",
                "    private UUID uuid;",
                "    private byte[] data;",
                "    private Status ordinal;",
                "    @Enumerated(EnumType.ORDINAL) private Status explicitOrdinal;",
                "    @Enumerated(EnumType.STRING) @Column(length = 16) private Status named;",
                "    @Column(nullable = false) private String required;",
                "    @Transient private String skipped;",
                "    private transient String alsoSkipped;",
                "    private static String constant;",
                "}");

        assertThat(retort.compile(STATUS, everything)).succeededWithoutWarnings();

        assertEquals(new Schema(List.of(Table.of("Everything", List.of(
                        new Column("id", BIGINT, false, true),
                        notNull("count", INTEGER),
                        nullable("boxedCount", INTEGER),
                        nullable("boxedBig", BIGINT),
                        notNull("small", SMALLINT),
                        nullable("boxedSmall", SMALLINT),
                        notNull("flag", BOOLEAN),
                        nullable("boxedFlag", BOOLEAN),
                        notNull("ratio", DOUBLE),
                        nullable("boxedRatio", DOUBLE),
                        nullable("price", NUMERIC(38, 2)),
                        nullable("exact", NUMERIC(10, 3)),
                        nullable("day", DATE),
                        nullable("moment", TIMESTAMP),
                        nullable("instant", TIMESTAMP_TZ),
                        nullable("offset", TIMESTAMP_TZ),
                        nullable("uuid", UUID),
                        nullable("data", BINARY),
                        nullable("ordinal", SMALLINT),
                        nullable("explicitOrdinal", SMALLINT),
                        nullable("named", VARCHAR(16)),
                        notNull("required", VARCHAR(255))))
                .withPrimaryKey(List.of("id"))
                // Enums keep to their constants, as Hibernate declares them.
                .withChecks(List.of(
                        new CheckConstraint("ck_Everything_explicitOrdinal", "\"explicitordinal\" BETWEEN 0 AND 1"),
                        new CheckConstraint("ck_Everything_named", "\"named\" IN ('OPEN', 'CLOSED')"),
                        new CheckConstraint("ck_Everything_ordinal", "\"ordinal\" BETWEEN 0 AND 1"))))),
                snapshot());
    }

    @Test
    void namesComeFromTableEntityAndColumnAnnotations() throws SnapshotException {
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity(name = \"Charge\")",
                "public class Fee {",
                "    @Id @Column(name = \"fee_id\") private Long id;",
                "}");
        JavaFileObject student = MappingErrorsTest.entity("Student",
                "@Entity(name = \"Pupil\")",
                "@Table(name = \"students\")",
                "public class Student {",
                "    @Id private Long id;",
                "}");

        assertThat(retort.compile(fee, student)).succeeded();

        assertEquals(List.of("Charge", "students"), snapshot().tables().stream().map(Table::name).toList());
        assertEquals(List.of("fee_id"), snapshot().requireTable("Charge").primaryKey());
    }

    @Test
    void manyToOneAndConstraints() throws SnapshotException {
        JavaFileObject student = MappingErrorsTest.entity("Student",
                "@Entity",
                "public class Student {",
                "    @Id @Column(name = \"code\", length = 8) private String id;",
                "}");
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "@Table(",
                "    uniqueConstraints = {",
                "        @UniqueConstraint(columnNames = {\"payer_code\", \"term\"}),",
                "        @UniqueConstraint(name = \"uk_reference\", columnNames = \"reference\")},",
                "    indexes = @Index(name = \"ix_term\", columnList = \"term, payer_code\", unique = true))",
                "public class Fee {",
                "    @Id private Long id;",
                "    @ManyToOne private Student student;",
                "    @ManyToOne @JoinColumn(name = \"payer_code\", nullable = false) private Student payer;",
                "    @Column(unique = true) private Integer term;",
                "    private String reference;",
                "}");

        assertThat(retort.compile(student, fee)).succeeded();

        assertEquals(new Table("Fee",
                List.of(notNull("id", BIGINT), nullable("student_code", VARCHAR(8)),
                        notNull("payer_code", VARCHAR(8)), nullable("term", INTEGER),
                        nullable("reference", VARCHAR(255))),
                List.of("id"),
                List.of(new UniqueConstraint("uk_Fee_payer_code_term", List.of("payer_code", "term")),
                        new UniqueConstraint("uk_reference", List.of("reference")),
                        new UniqueConstraint("uk_Fee_term", List.of("term")),
                        // Hibernate declares a unique @Index as a unique constraint
                        new UniqueConstraint("ix_term", List.of("term", "payer_code"))),
                List.of(new ForeignKey("fk_Fee_student_code", List.of("student_code"), "Student", List.of("code")),
                        new ForeignKey("fk_Fee_payer_code", List.of("payer_code"), "Student", List.of("code"))),
                List.of()),
                snapshot().requireTable("Fee"));
    }

    @Test
    void snakeCaseNaming() throws SnapshotException {
        JavaFileObject line = MappingErrorsTest.entity("OrderLine",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"unitPrice\"),",
                "       uniqueConstraints = @UniqueConstraint(columnNames = {\"orderNumber\", \"position2Index\"}))",
                "public class OrderLine {",
                "    @Id private Long lineID;",
                "    private Integer orderNumber;",
                "    private Integer position2Index;",
                "    private Double unitPrice;",
                "    @Column(name = \"\\\"DisplayName\\\"\") private String displayName;",
                "    @Column(name = \"`LegacyCode`\") private String legacyCode;",
                "    @ManyToOne private OrderLine parentLine;",
                "}");

        Compilation compilation = retort.compile(List.of("-Aretort.naming=snake_case",
                "-Aretort.clock=" + RetortCompiler.CLOCK), line);

        assertThat(compilation).succeeded();
        assertEquals(new Table("order_line",
                // As in Spring Boot: no underscore before an upper-case letter followed by another (lineID).
                List.of(notNull("lineid", BIGINT), nullable("order_number", INTEGER),
                        nullable("position2_index", INTEGER), nullable("unit_price", DOUBLE),
                        nullable("\"DisplayName\"", VARCHAR(255)), nullable("\"LegacyCode\"", VARCHAR(255)),
                        nullable("parent_line_lineid", BIGINT)),
                List.of("lineid"),
                List.of(new UniqueConstraint("uk_order_line_order_number_position2_index",
                        List.of("order_number", "position2_index"))),
                List.of(new ForeignKey("fk_order_line_parent_line_lineid", List.of("parent_line_lineid"),
                        "order_line", List.of("lineid"))),
                List.of(new Index("ix_order_line_unit_price", List.of("unit_price"), false))),
                snapshot().requireTable("order_line"));
    }

    @Test
    void quotedNamesKeepTheirCase() throws SnapshotException {
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "@Table(name = \"\\\"Fees\\\"\", indexes = @Index(columnList = \"\\\"DueAt\\\"\"))",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(name = \"\\\"DueAt\\\"\") private java.time.LocalDate dueAt;",
                "}");

        assertThat(retort.compile(fee)).succeeded();

        assertEquals(new Table("\"Fees\"",
                List.of(notNull("id", BIGINT), nullable("\"DueAt\"", DATE)),
                List.of("id"), List.of(), List.of(),
                List.of(new Index("ix_Fees_DueAt", List.of("\"DueAt\""), false))),
                snapshot().requireTable("\"Fees\""));
    }

    private Schema snapshot() throws SnapshotException {
        return SnapshotReader.read(retort.snapshot()).schema();
    }

    private static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    private static Column nullable(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }
}
