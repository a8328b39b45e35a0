package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.INTEGER;
import static dev.retort.schema.ColumnType.NUMERIC;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JPA mappings beyond a plain entity, read into the schema Hibernate makes of them. The Hibernate oracle checks
 * the same mappings against Hibernate on live databases; these tests pin the processor's reading of each, and its
 * errors.
 */
class JpaMappingsTest {

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void mappedSuperclassesAndPropertyAccess() throws SnapshotException {
        JavaFileObject base = MappingErrorsTest.entity("BaseEntity",
                "@MappedSuperclass",
                "public abstract class BaseEntity {",
                "    private Long id;",
                "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)",
                "    public Long getId() { return id; }",
                "    public void setId(Long id) { this.id = id; }",
                "}");
        JavaFileObject named = MappingErrorsTest.entity("NamedEntity",
                "@MappedSuperclass",
                "public abstract class NamedEntity extends BaseEntity {",
                "    private String name;",
                "    @Column(length = 80) public String getName() { return name; }",
                "    public void setName(String name) { this.name = name; }",
                "}");
        JavaFileObject vet = MappingErrorsTest.entity("Vet",
                "@Entity",
                "public class Vet extends NamedEntity {",
                "    private boolean active;",
                "    private String cachedLabel;",
                "    public boolean isActive() { return active; }",
                "    public void setActive(boolean active) { this.active = active; }",
                "    @Transient public String getLabel() { return cachedLabel; }",
                "}");

        assertThat(retort.compile(base, named, vet)).succeededWithoutWarnings();

        assertEquals(List.of(new Column("id", BIGINT, false, true), nullable("name", VARCHAR(80)),
                        notNull("active", ColumnType.BOOLEAN)),
                snapshot().requireTable("Vet").columns());
    }

    @Test
    void embeddablesWithOverridesAndRecords() throws SnapshotException {
        JavaFileObject money = MappingErrorsTest.entity("Money",
                "@Embeddable",
                "public record Money(@Column(precision = 12, scale = 2) java.math.BigDecimal amount,",
                "        @Column(length = 3) String currency) {}");
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Money amount;",
                "    @Embedded",
                "    @AttributeOverride(name = \"amount\", column = @Column(name = \"paid_amount\", precision = 12,"
                        + " scale = 2))",
                "    @AttributeOverride(name = \"currency\", column = @Column(name = \"paid_currency\", length = 3))",
                "    private Money paid;",
                "}");

        assertThat(retort.compile(money, fee)).succeeded();

        assertEquals(List.of(notNull("id", BIGINT), nullable("amount", NUMERIC(12, 2)), nullable("currency", VARCHAR(3)),
                        nullable("paid_amount", NUMERIC(12, 2)), nullable("paid_currency", VARCHAR(3))),
                snapshot().requireTable("Fee").columns());
    }

    @Test
    void singleTableHierarchy() throws SnapshotException {
        JavaFileObject payment = MappingErrorsTest.entity("Payment",
                "@Entity",
                "@DiscriminatorColumn(name = \"method\", length = 10)",
                "public abstract class Payment {",
                "    @Id private Long id;",
                "}");
        JavaFileObject card = MappingErrorsTest.entity("CardPayment",
                "@Entity",
                "@DiscriminatorValue(\"CARD\")",
                "public class CardPayment extends Payment {",
                "    @Column(nullable = false, length = 4) private String last4;",
                "    private int attempts;",
                "}");
        JavaFileObject bank = MappingErrorsTest.entity("BankTransfer",
                "@Entity",
                "@DiscriminatorValue(\"BANK\")",
                "public class BankTransfer extends Payment {",
                "    private String iban;",
                "}");

        assertThat(retort.compile(payment, card, bank)).succeeded();

        Table table = snapshot().requireTable("Payment");
        assertEquals(List.of(notNull("method", VARCHAR(10)), notNull("id", BIGINT), nullable("iban", VARCHAR(255)),
                notNull("last4", VARCHAR(4)), nullable("attempts", INTEGER)), table.columns());
        assertEquals(List.of(new CheckConstraint("ck_Payment_attempts_not_null",
                        "\"method\" <> 'CARD' OR \"attempts\" IS NOT NULL"),
                new CheckConstraint("ck_Payment_method", "\"method\" IN ('BANK', 'CARD')")), table.checks());
    }

    @Test
    void joinedHierarchy() throws SnapshotException {
        JavaFileObject account = MappingErrorsTest.entity("Account",
                "@Entity",
                "@Inheritance(strategy = InheritanceType.JOINED)",
                "public class Account {",
                "    @Id private Long id;",
                "}");
        JavaFileObject savings = MappingErrorsTest.entity("Savings",
                "@Entity",
                "@PrimaryKeyJoinColumn(name = \"account_id\")",
                "public class Savings extends Account {",
                "    private int rate;",
                "}");

        assertThat(retort.compile(account, savings)).succeeded();

        assertEquals(new Table("Savings", List.of(notNull("account_id", BIGINT), notNull("rate", INTEGER)),
                        List.of("account_id"), List.of(),
                        List.of(new ForeignKey("fk_Savings_account_id", List.of("account_id"), "Account",
                                List.of("id"))),
                        List.of()),
                snapshot().requireTable("Savings"));
    }

    @Test
    void collectionsOfValues() throws SnapshotException {
        JavaFileObject product = MappingErrorsTest.entity("Product",
                "@Entity",
                "public class Product {",
                "    @Id private Long id;",
                "    @ElementCollection @Column(length = 30) private java.util.Set<String> tags;",
                "    @ElementCollection @OrderColumn private java.util.List<String> images;",
                "    @ElementCollection @MapKeyColumn(name = \"attribute\", length = 50)",
                "    private java.util.Map<String, Integer> ratings;",
                "}");

        assertThat(retort.compile(product)).succeeded();

        Schema schema = snapshot();
        // A set's values may be NULL: not a key, but unique.
        assertEquals(List.of(), schema.requireTable("Product_tags").primaryKey());
        assertEquals(List.of(new UniqueConstraint("uk_Product_tags_Product_id_tags", List.of("Product_id", "tags"))),
                schema.requireTable("Product_tags").uniqueConstraints());
        assertEquals(List.of(notNull("Product_id", BIGINT), nullable("images", VARCHAR(255)),
                notNull("images_ORDER", INTEGER)), schema.requireTable("Product_images").columns());
        assertEquals(List.of("Product_id", "images_ORDER"), schema.requireTable("Product_images").primaryKey());
        assertEquals(List.of(new CheckConstraint("ck_Product_images_images_ORDER", "\"images_order\" >= 0")),
                schema.requireTable("Product_images").checks());
        assertEquals(List.of("Product_id", "attribute"), schema.requireTable("Product_ratings").primaryKey());
    }

    @Test
    void derivedIdentityTypedByTheIdClass() throws SnapshotException {
        JavaFileObject warehouse = MappingErrorsTest.entity("Warehouse",
                "@Entity",
                "public class Warehouse {",
                "    @Id @Column(length = 8) private String code;",
                "}");
        JavaFileObject stockId = MappingErrorsTest.entity("StockId",
                "public class StockId implements java.io.Serializable {",
                "    private String warehouse;",
                "    private int bin;",
                "}");
        JavaFileObject stock = MappingErrorsTest.entity("Stock",
                "@Entity",
                "@IdClass(StockId.class)",
                "public class Stock {",
                "    @Id @ManyToOne private Warehouse warehouse;",
                "    @Id private int bin;",
                "}");

        assertThat(retort.compile(warehouse, stockId, stock)).succeeded();

        Table table = snapshot().requireTable("Stock");
        // Hibernate types the column by the @IdClass's String, not by the referenced varchar(8).
        assertEquals(List.of(notNull("warehouse_code", VARCHAR(255)), notNull("bin", INTEGER)), table.columns());
        assertEquals(List.of("warehouse_code", "bin"), table.primaryKey());
        assertEquals(List.of(new ForeignKey("fk_Stock_warehouse_code", List.of("warehouse_code"), "Warehouse",
                List.of("code"))), table.foreignKeys());
    }

    @Test
    void manyToManyJoinTableNamedByTheStrategy() throws SnapshotException {
        JavaFileObject tag = MappingErrorsTest.entity("Tag",
                "@Entity",
                "public class Tag {",
                "    @Id private Long id;",
                "}");
        JavaFileObject post = MappingErrorsTest.entity("Post",
                "@Entity",
                "public class Post {",
                "    @Id private Long id;",
                "    @ManyToMany private java.util.Set<Tag> tags;",
                "}");

        Compilation compilation = retort.compile(List.of("-Aretort.naming=" + PrefixNaming.class.getName(),
                "-Aretort.clock=" + RetortCompiler.CLOCK), tag, post);

        assertThat(compilation).succeeded();
        Table joinTable = snapshot().requireTable("app_app_post_has_tags");
        assertEquals(List.of(notNull("post_id", BIGINT), notNull("tags_id", BIGINT)), joinTable.columns());
        assertEquals(List.of("post_id", "tags_id"), joinTable.primaryKey());
    }

    @Test
    void sequencesOfAutoIdsAreNamedAfterTheTable() throws SnapshotException {
        JavaFileObject entry = MappingErrorsTest.entity("AuditEntry",
                "@Entity",
                "@Table(name = \"audit_entries\")",
                "public class AuditEntry {",
                "    @Id @GeneratedValue private Long id;",
                "}");

        assertThat(retort.compile(entry)).succeeded();

        assertEquals(List.of(new Sequence("audit_entries_SEQ", 1, 50)), snapshot().sequences());
    }

    @Test
    void beanValidationShapesTheColumns() throws SnapshotException {
        JavaFileObject employee = MappingErrorsTest.entity("Employee",
                "import jakarta.validation.constraints.*;",
                "@Entity",
                "public class Employee {",
                "    @Id private Long id;",
                "    @NotBlank @Size(max = 60) private String name;",
                "    @Digits(integer = 3, fraction = 2) private java.math.BigDecimal bonus;",
                "    @Min(0) @Max(40) private int holidays;",
                "}");

        assertThat(retort.compile(employee)).succeeded();

        Table table = snapshot().requireTable("Employee");
        assertEquals(List.of(notNull("id", BIGINT), notNull("name", VARCHAR(60)), nullable("bonus", NUMERIC(5, 2)),
                notNull("holidays", INTEGER)), table.columns());
        assertEquals(List.of(new CheckConstraint("ck_Employee_holidays", "\"holidays\" >= 0 AND \"holidays\" <= 40")),
                table.checks());
    }

    @Test
    void columnDefinitionsWithDefaults() throws SnapshotException {
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(columnDefinition = \"varchar(10) DEFAULT 'OPEN'\") private String status;",
                "    @Column(columnDefinition = \"integer default 0\") private Integer attempts;",
                "    @Column(columnDefinition = \"jsonb\") private String details;",
                "    @Column(columnDefinition = \"timestamp default now()\") private java.time.LocalDateTime at;",
                "}");

        assertThat(retort.compile(fee)).succeeded();

        assertEquals(List.of(notNull("id", BIGINT),
                        new Column("status", VARCHAR(10), true, false, Optional.of(DefaultValue.of("OPEN")),
                                Optional.empty()),
                        new Column("attempts", INTEGER, true, false, Optional.of(DefaultValue.of("0")),
                                Optional.empty()),
                        nullable("details", ColumnType.custom("jsonb")),
                        new Column("at", ColumnType.TIMESTAMP, true, false, Optional.of(DefaultValue.CURRENT_TIMESTAMP),
                                Optional.empty())),
                snapshot().requireTable("Fee").columns());
    }

    @Test
    void columnDefinitionWithADefaultRetortCannotCompare() {
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(columnDefinition = \"bigint default nextval('numbers')\") private Long number;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.number: columnDefinition's DEFAULT"
                        + " nextval('numbers') is no value Retort can compare")
                .inFile(fee).onLineContaining("columnDefinition");
    }

    @Test
    void hibernateAnnotationThatChangesTheSchemaIsRefused() {
        JavaFileObject jdbcTypeCode = JavaFileObjects.forSourceLines("org.hibernate.annotations.JdbcTypeCode",
                "package org.hibernate.annotations;",
                "",
                "public @interface JdbcTypeCode { int value(); }");
        JavaFileObject formula = JavaFileObjects.forSourceLines("org.hibernate.annotations.Formula",
                "package org.hibernate.annotations;",
                "",
                "public @interface Formula { String value(); }");
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @org.hibernate.annotations.Formula(\"amount * 2\") private Integer doubled;",
                "    @org.hibernate.annotations.JdbcTypeCode(3001) private String payload;",
                "}");

        Compilation compilation = retort.compile(jdbcTypeCode, formula, fee);

        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] @JdbcTypeCode on Fee.payload is not"
                        + " supported yet")
                .inFile(fee).onLineContaining("JdbcTypeCode(3001)");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void associationInsideAnEmbeddedIdIsNotSupportedYet() {
        JavaFileObject order = MappingErrorsTest.entity("PurchaseOrder",
                "@Entity",
                "public class PurchaseOrder {",
                "    @Id private Long id;",
                "}");
        JavaFileObject lineId = MappingErrorsTest.entity("LineId",
                "@Embeddable",
                "public class LineId implements java.io.Serializable {",
                "    @ManyToOne private PurchaseOrder order;",
                "    private int number;",
                "}");
        JavaFileObject line = MappingErrorsTest.entity("Line",
                "@Entity",
                "public class Line {",
                "    @EmbeddedId private LineId id;",
                "}");

        Compilation compilation = retort.compile(order, lineId, line);

        assertThat(compilation).hadErrorContaining("[RT101 UnsupportedMapping] an association inside the @EmbeddedId"
                        + " Line.id (a derived identity) is not supported yet")
                .inFile(lineId).onLineContaining("private PurchaseOrder order;");
    }

    @Test
    void namingStrategyThatIsNoStrategy() {
        Compilation compilation = retort.compile(List.of("-Aretort.naming=java.lang.String"), School.FEE_STATUS,
                School.STUDENT, School.FEE);

        assertThat(compilation).hadErrorContaining("[RT003 InvalidOption] -Aretort.naming=java.lang.String is not"
                + " valid: java.lang.String does not implement dev.retort.processor.spi.NamingStrategy");
    }

    @Test
    void primaryKeyJoinColumnsMustMatchTheKey() {
        JavaFileObject account = MappingErrorsTest.entity("Account",
                "@Entity",
                "@Inheritance(strategy = InheritanceType.JOINED)",
                "public class Account {",
                "    @Id private Long id;",
                "}");
        JavaFileObject savings = MappingErrorsTest.entity("Savings",
                "@Entity",
                "@PrimaryKeyJoinColumns({@PrimaryKeyJoinColumn(name = \"a\"), @PrimaryKeyJoinColumn(name = \"b\")})",
                "public class Savings extends Account {",
                "}");

        Compilation compilation = retort.compile(account, savings);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Savings: @PrimaryKeyJoinColumn names 2"
                        + " columns, but the key of Account has 1")
                .inFile(savings).onLineContaining("public class Savings");
    }

    @Test
    void referencedColumnThatDoesNotExist() {
        JavaFileObject student = MappingErrorsTest.entity("Student",
                "@Entity",
                "public class Student {",
                "    @Id private Long id;",
                "}");
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @ManyToOne @JoinColumn(name = \"student_code\", referencedColumnName = \"code\")",
                "    private Student student;",
                "}");

        Compilation compilation = retort.compile(student, fee);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.student: referencedColumnName = \"code\""
                        + " names no column of the referenced entity")
                .inFile(fee).onLineContaining("private Student student;");
    }

    @Test
    void convertNeedsAnAttributeConverter() {
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Convert private java.time.Duration term;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.term: @Convert needs an"
                        + " AttributeConverter class, not jakarta.persistence.AttributeConverter")
                .inFile(fee).onLineContaining("@Convert");
    }

    private static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    private static Column nullable(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }

    private Schema snapshot() throws SnapshotException {
        return SnapshotReader.read(retort.snapshot()).schema();
    }

}
