package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities Retort cannot map: each error names the element, sits on its line, and nothing is written. */
class MappingErrorsTest {

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void unsupportedFieldType() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private java.util.List<String> tags;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT100 UnsupportedType] Fee.tags has type java.util.List<java.lang.String>")
                .inFile(fee).onLineContaining("tags;");
    }

    @Test
    void unsupportedAnnotationOnField() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Lob private String text;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @Lob on Fee.text is not supported yet")
                .inFile(fee).onLineContaining("@Lob");
    }

    @Test
    void oneToManyIsNotSupportedYet() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @OneToMany",
                "    private java.util.List<Fee> lines;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT101 UnsupportedMapping] @OneToMany on Fee.lines is not supported yet")
                .inFile(fee).onLineContaining("@OneToMany");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void unsupportedAnnotationOnEntity() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Inheritance",
                "public class Fee {",
                "    @Id private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @Inheritance on Fee is not supported yet")
                .inFile(fee).onLineContaining("@Inheritance");
    }

    @Test
    void unsupportedAttributePointsAtIt() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(name = \"fees\",",
                "       schema = \"billing\")",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(columnDefinition = \"text\") private String note;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @Table(schema) on Fee is not supported yet")
                .inFile(fee).onLineContaining("schema = \"billing\"");
        assertThat(compilation)
                .hadErrorContaining("[RT101 UnsupportedMapping] @Column(columnDefinition) on Fee.note is not supported yet")
                .inFile(fee).onLineContaining("columnDefinition");
    }

    @Test
    void attributesWithoutEffectOnTheSchemaAreAccepted() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(name = \"fees\", schema = \"\")",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(insertable = false, updatable = false) private String note;",
                "}");

        assertThat(retort.compile(fee)).succeededWithoutWarnings();
    }

    @Test
    void generatedValueAuto() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id",
                "    @GeneratedValue",
                "    private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @GeneratedValue(strategy = AUTO) on Fee.id "
                        + "is not supported yet; use strategy = GenerationType.IDENTITY")
                .inFile(fee).onLineContaining("@GeneratedValue");
    }

    @Test
    void generatedValueTablePointsAtTheStrategy() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id",
                "    @GeneratedValue(",
                "        strategy = GenerationType.TABLE)",
                "    private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertThat(compilation).hadErrorContaining("@GeneratedValue(strategy = TABLE) on Fee.id is not supported yet;"
                        + " use strategy = GenerationType.IDENTITY or SEQUENCE")
                .inFile(fee).onLineContaining("strategy = GenerationType.TABLE");
    }

    @Test
    void twoEntitiesOnOneTable() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(name = \"fees\")",
                "public class Fee {",
                "    @Id private Long id;",
                "}");
        JavaFileObject charge = entity("Charge",
                "@Entity(name = \"FEES\")",
                "public class Charge {",
                "    @Id private Long id;",
                "}");

        Compilation compilation = retort.compile(fee, charge);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT103 DuplicateTable] Fee and Charge are both mapped to table fees")
                .inFile(fee).onLineContaining("public class Fee");
    }

    @Test
    void quotedTableNamesDifferingInCaseAreDistinct() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(name = \"\\\"Fees\\\"\")",
                "public class Fee {",
                "    @Id private Long id;",
                "}");
        JavaFileObject charge = entity("Charge",
                "@Entity",
                "@Table(name = \"\\\"fees\\\"\")",
                "public class Charge {",
                "    @Id private Long id;",
                "}");

        assertThat(retort.compile(fee, charge)).succeeded();
    }

    @Test
    void duplicateColumn() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private String amount;",
                "    @Column(name = \"AMOUNT\")",
                "    private String total;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining(
                        "[RT104 DuplicateColumn] Fee.total is mapped to column AMOUNT of table Fee, which Fee.amount "
                                + "is already mapped to")
                .inFile(fee).onLineContaining("total;");
    }

    @Test
    void entityWithoutId() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT105 MissingId] Fee has no @Id field")
                .inFile(fee).onLineContaining("public class Fee");
    }

    @Test
    void propertyAccess() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    private Long id;",
                "    @Id public Long getId() { return id; }",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("property access (@Id on Fee.getId()) is not supported yet")
                .inFile(fee).onLineContaining("getId()");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void mappedSuperclass() {
        JavaFileObject base = entity("Base",
                "@MappedSuperclass",
                "public abstract class Base {",
                "    @Id protected Long id;",
                "}");
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee extends Base {",
                "    @Id private Long key;",
                "}");

        Compilation compilation = retort.compile(base, fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining(
                        "[RT101 UnsupportedMapping] @MappedSuperclass on Base, the superclass of Fee, is not supported")
                .inFile(fee).onLineContaining("public class Fee");
    }

    @Test
    void indexOnUnknownColumn() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"amount, dueAt\"))",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Integer amount;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining(
                        "[RT106 UnknownColumn] @Index of Fee names column dueAt, which table Fee does not have")
                .inFile(fee).onLineContaining("@Table");
    }

    @Test
    void uniqueConstraintOnUnknownColumn() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(uniqueConstraints = @UniqueConstraint(columnNames = \"code\"))",
                "public class Fee {",
                "    @Id private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertThat(compilation).hadErrorContaining(
                        "[RT106 UnknownColumn] @UniqueConstraint of Fee names column code, which table Fee does not have")
                .inFile(fee).onLineContaining("@Table");
    }

    @Test
    void descendingIndex() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"amount DESC\"))",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Integer amount;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("ASC/DESC in @Index(columnList = \"amount DESC\") on Fee "
                        + "is not supported yet")
                .inFile(fee).onLineContaining("@Table");
    }

    @Test
    void manyToOneToATypeThatIsNoEntity() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @ManyToOne",
                "    private String student;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining(
                        "[RT107 InvalidReference] @ManyToOne on Fee.student: java.lang.String is not an @Entity")
                .inFile(fee).onLineContaining("student;");
    }

    @Test
    void invalidLength() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(length = 0)",
                "    private String code;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT102 InvalidMapping] Fee.code: varchar needs a positive length, got 0")
                .inFile(fee).onLineContaining("@Column(length = 0)");
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Lob private String text;",
                "    private Object extra;",
                "}");
        JavaFileObject student = entity("Student",
                "@Entity",
                "public class Student {",
                "}");

        Compilation compilation = retort.compile(fee, student);

        assertThat(compilation).hadErrorCount(3);
    }

    /** A source in package {@code com.example.school} importing all of {@code jakarta.persistence}. */
    static JavaFileObject entity(String className, String... lines) {
        String[] all = new String[lines.length + 3];
        all[0] = "package com.example.school;";
        all[1] = "";
        all[2] = "import jakarta.persistence.*;";
        System.arraycopy(lines, 0, all, 3, lines.length);
        return JavaFileObjects.forSourceLines("com.example.school." + className, all);
    }

    private void assertFailedWithNothingWritten(Compilation compilation) {
        assertThat(compilation).failed();
        assertEquals(List.of(), retort.migrationFiles());
    }
}
