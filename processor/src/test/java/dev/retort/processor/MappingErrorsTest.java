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
                "    @OneToMany @MapKey(name = \"id\") private java.util.Map<Long, Fee> related;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @MapKey on Fee.related is not supported"
                        + " yet")
                .inFile(fee).onLineContaining("@MapKey");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void mapOfEntitiesIsNotSupportedYet() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @OneToMany",
                "    private java.util.Map<String, Fee> lines;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT101 UnsupportedMapping] a Map of entities (@OneToMany on Fee.lines) is not"
                        + " supported yet")
                .inFile(fee).onLineContaining("@OneToMany");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void collectionWithoutAnnotation() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private java.util.Set<String> tags;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT100 UnsupportedType] Fee.tags has type java.util.Set<java.lang.String> (a"
                        + " collection needs @ElementCollection, @OneToMany or @ManyToMany)")
                .inFile(fee).onLineContaining("tags;");
    }

    @Test
    void unsupportedAnnotationOnEntity() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@SecondaryTable(name = \"fee_details\")",
                "public class Fee {",
                "    @Id private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation)
                .hadErrorContaining("[RT101 UnsupportedMapping] @SecondaryTable on Fee is not supported yet")
                .inFile(fee).onLineContaining("@SecondaryTable");
    }

    @Test
    void unsupportedAttributePointsAtIt() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(name = \"fees\",",
                "       catalog = \"billing\")",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(table = \"fee_notes\") private String note;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @Table(catalog) on Fee is not supported yet")
                .inFile(fee).onLineContaining("catalog = \"billing\"");
        assertThat(compilation)
                .hadErrorContaining("[RT101 UnsupportedMapping] @Column(table) on Fee.note is not supported yet")
                .inFile(fee).onLineContaining("table = \"fee_notes\"");
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
    void generatedValueNeedsAnIntegerOrUuidId() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id",
                "    @GeneratedValue",
                "    private String id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.id: @GeneratedValue(strategy = AUTO) "
                        + "needs an integer id, not java.lang.String")
                .inFile(fee).onLineContaining("@GeneratedValue");
    }

    @Test
    void tableGeneratorThatIsNotDeclared() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id",
                "    @GeneratedValue(strategy = GenerationType.TABLE, generator = \"fee_ids\")",
                "    private Long id;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.id: @GeneratedValue(generator ="
                        + " \"fee_ids\") names no @TableGenerator(name = \"fee_ids\") on the id or its entity Fee")
                .inFile(fee).onLineContaining("private Long id;");
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
    void subclassEntityDeclaringAnId() {
        JavaFileObject charge = entity("Charge",
                "@Entity",
                "public class Charge {",
                "    @Id protected Long id;",
                "}");
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee extends Charge {",
                "    @Id private Long key;",
                "}");

        Compilation compilation = retort.compile(charge, fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.key: an entity that extends the entity"
                        + " Charge has its id and cannot declare one")
                .inFile(fee).onLineContaining("Long key;");
    }

    @Test
    void embeddedTypeThatIsNotEmbeddable() {
        JavaFileObject money = entity("Money",
                "public class Money {",
                "    private java.math.BigDecimal amount;",
                "}");
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Embedded private Money price;",
                "}");

        Compilation compilation = retort.compile(money, fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.price: @Embedded needs an @Embeddable"
                        + " type, not com.example.school.Money")
                .inFile(fee).onLineContaining("Money price;");
    }

    @Test
    void sameEmbeddableTwiceWithoutOverrides() {
        JavaFileObject address = entity("Address",
                "@Embeddable",
                "public class Address {",
                "    private String street;",
                "}");
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Address billing;",
                "    private Address shipping;",
                "}");

        Compilation compilation = retort.compile(address, fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT104 DuplicateColumn] Address.street is mapped to column street of"
                        + " table Fee, which Address.street is already mapped to")
                .inFile(address).onLineContaining("String street;");
    }

    @Test
    void lobOnANumber() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Lob private Integer count;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.count: @Lob needs a String, char[],"
                        + " byte[], Clob or Blob, not java.lang.Integer")
                .inFile(fee).onLineContaining("@Lob");
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
    void indexColumnListThatIsNoList() {
        JavaFileObject fee = entity("Fee",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"amount SIDEWAYS\"))",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Integer amount;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertFailedWithNothingWritten(compilation);
        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee: @Index(columnList = \"amount SIDEWAYS\")"
                        + " is not a comma-separated list of column names, each optionally followed by ASC or DESC")
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
                "    @Lob private Integer count;",
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
