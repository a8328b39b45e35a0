package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.BOOLEAN;
import static dev.retort.schema.ColumnType.VARCHAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.retort.processor.ThrowawayProject.Build;
import dev.retort.processor.snapshot.SnapshotException;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converters marked {@code @Converter(autoApply = true)} give the columns of the attributes they convert without a
 * {@code @Convert}, as Hibernate applies them, in a full build and in a build of some files.
 */
class AutoAppliedConvertersTest {

    private static final JavaFileObject GRADE = MappingErrorsTest.entity("Grade",
            "public enum Grade { A, B, C }");

    private static final JavaFileObject GRADE_CODE = MappingErrorsTest.entity("GradeCode",
            "@Converter(autoApply = true)",
            "public class GradeCode implements AttributeConverter<Grade, String> {",
            "    public String convertToDatabaseColumn(Grade grade) { return grade == null ? null : grade.name(); }",
            "    public Grade convertToEntityAttribute(String code) { return code == null ? null : Grade.valueOf(code); }",
            "}");

    private static final JavaFileObject YES_NO = MappingErrorsTest.entity("YesNo",
            "@Converter(autoApply = true)",
            "public class YesNo implements AttributeConverter<Boolean, Character> {",
            "    public Character convertToDatabaseColumn(Boolean value) { return value == null ? null : value ? 'Y' : 'N'; }",
            "    public Boolean convertToEntityAttribute(Character value) { return value == null ? null : value == 'Y'; }",
            "}");

    /** Not applied automatically: only where named. */
    private static final JavaFileObject TRUE_FALSE = MappingErrorsTest.entity("TrueFalse",
            "@Converter",
            "public class TrueFalse implements AttributeConverter<Boolean, String> {",
            "    public String convertToDatabaseColumn(Boolean value) { return value == null ? null : value.toString(); }",
            "    public Boolean convertToEntityAttribute(String value) { return value == null ? null : Boolean.valueOf(value); }",
            "}");

    private static final JavaFileObject STUDENT = MappingErrorsTest.entity("Student",
            "import java.util.Set;",
            "",
            "@Entity",
            "public class Student {",
            "    @Id private Long id;",
            "    private Grade grade;",
            "    @Enumerated(EnumType.STRING) @Column(length = 1) private Grade bestGrade;",
            "    private Boolean active;",
            "    private boolean enrolled;",
            "    @Convert(disableConversion = true) private Boolean archived;",
            "    @Convert(converter = TrueFalse.class) private Boolean verified;",
            "    @ElementCollection private Set<Grade> pastGrades;",
            "}");

    @TempDir
    Path directory;

    @Test
    void theirColumnsAreOfTheDatabaseSideWhereNoConvertSaysOtherwise() throws SnapshotException {
        RetortCompiler retort = new RetortCompiler(directory);

        assertThat(retort.compile(GRADE, GRADE_CODE, YES_NO, TRUE_FALSE, STUDENT)).succeededWithoutWarnings();

        Schema schema = SnapshotReader.read(retort.snapshot()).schema();
        Table student = schema.requireTable("Student");
        assertEquals(List.of(new Column("id", BIGINT, false, false), nullable("grade", VARCHAR(255)),
                        nullable("bestGrade", VARCHAR(1)), nullable("active", ColumnType.CHAR(1)),
                        new Column("enrolled", ColumnType.CHAR(1), false, false), nullable("archived", BOOLEAN),
                        nullable("verified", VARCHAR(255))),
                student.columns());
        assertEquals(List.of(new CheckConstraint("ck_Student_bestGrade", "\"bestgrade\" IN ('A', 'B', 'C')")),
                student.checks(), "a converted enum has no check of its constants");
        assertEquals(List.of(new Column("Student_id", BIGINT, false, false), nullable("pastGrades", VARCHAR(255))),
                schema.requireTable("Student_pastGrades").columns());
    }

    @Test
    void twoForOneTypeAreAnErrorOnTheAttribute() {
        JavaFileObject alsoYesNo = MappingErrorsTest.entity("OneZero",
                "@Converter(autoApply = true)",
                "public class OneZero implements AttributeConverter<Boolean, Integer> {",
                "    public Integer convertToDatabaseColumn(Boolean value) { return value == null ? null : value ? 1 : 0; }",
                "    public Boolean convertToEntityAttribute(Integer value) { return value == null ? null : value == 1; }",
                "}");
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Boolean paid;",
                "}");

        Compilation compilation = new RetortCompiler(directory).compile(YES_NO, alsoYesNo, fee);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] Fee.paid: converters"
                        + " [com.example.school.OneZero, com.example.school.YesNo] are all @Converter(autoApply = true)"
                        + " for java.lang.Boolean; name one with @Convert")
                .inFile(fee).onLineContaining("private Boolean paid;");
        assertTrue(Files.notExists(directory.resolve("com/example/school/migrations")), "nothing written");
    }

    @Test
    void oneWhoseTypesCannotBeToldIsAnErrorOnIt() {
        JavaFileObject raw = MappingErrorsTest.entity("Anything",
                "@Converter(autoApply = true)",
                "@SuppressWarnings(\"rawtypes\")",
                "public class Anything implements AttributeConverter {",
                "    public Object convertToDatabaseColumn(Object value) { return value; }",
                "    public Object convertToEntityAttribute(Object value) { return value; }",
                "}");
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "}");

        Compilation compilation = new RetortCompiler(directory).compile(raw, fee);

        assertThat(compilation).hadErrorContaining("[RT102 InvalidMapping] com.example.school.Anything:"
                        + " @Converter(autoApply = true) needs an AttributeConverter<X, Y> whose X and Y are classes")
                .inFile(raw).onLineContaining("@Converter(autoApply = true)");
    }

    @Test
    void aBuildOfTheEntityAloneFindsTheConverterOfThePreviousBuild() throws IOException, SnapshotException {
        ThrowawayProject project = new ThrowawayProject(directory.resolve("school"));
        project.source("com.example.school.YesNo", YES_NO_LINES);
        project.source("com.example.school.Fee",
                "package com.example.school;",
                "",
                "import jakarta.persistence.*;",
                "",
                "@Entity",
                "public class Fee {",
                "    @Id private Long id;",
                "    private Boolean paid;",
                "}");
        Build full = project.compile("2026-03-02T09:15:00Z");
        assertTrue(full.succeeded(), ThrowawayProject.describe(full.diagnostics()));
        Path snapshot = project.sourceRoot().resolve("com/example/school/migrations/retort-snapshot.json");
        assertEquals(nullable("paid", ColumnType.CHAR(1)),
                SnapshotReader.read(snapshot).schema().requireTable("Fee").column("paid").orElseThrow());
        assertEquals("com.example.school.YesNo",
                Files.readAllLines(full.classes().resolve("META-INF/retort/converters")).get(1));
        Map<String, String> sources = project.sourceTree();
        byte[] snapshotBytes = Files.readAllBytes(snapshot);

        for (Build alone : List.of(
                project.compileOnly("2026-03-03T08:00:00Z", full, List.of(), "com.example.school.Fee"),
                project.recompileOnly("2026-03-03T08:00:00Z", full, List.of(), "com.example.school.Fee"))) {
            assertTrue(alone.succeeded(), ThrowawayProject.describe(alone.diagnostics()));
            assertEquals(List.of(), alone.diagnostics());
            assertEquals(sources, project.sourceTree(), "no revision: the column is the same");
            assertArrayEquals(snapshotBytes, Files.readAllBytes(snapshot));
        }
    }

    private static final String[] YES_NO_LINES = {
        "package com.example.school;",
        "",
        "import jakarta.persistence.*;",
        "",
        "@Converter(autoApply = true)",
        "public class YesNo implements AttributeConverter<Boolean, Character> {",
        "    public Character convertToDatabaseColumn(Boolean value) { return value == null ? null : value ? 'Y' : 'N'; }",
        "    public Boolean convertToEntityAttribute(Character value) { return value == null ? null : value == 'Y'; }",
        "}"};

    private static Column nullable(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }
}
