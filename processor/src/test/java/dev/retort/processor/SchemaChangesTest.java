package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes between two builds that the operations alone would hide: declared renames become renames, likely renames
 * and NOT NULL columns added to tables with rows are warnings on the field, and an ORDINAL enum reordered, shrunk or
 * switched to STRING is an error on the field. Each diagnostic is checked with its file and line.
 */
class SchemaChangesTest {

    private static final String PACKAGE = "com.example.school.";

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void aColumnRenamedFromItsOldNameIsRenamed() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    @Column(nullable = false) private BigDecimal amount;"));
        JavaFileObject renamed = fee("    @RenamedFrom(\"amount\") @Column(nullable = false) private BigDecimal total;");

        Compilation compilation = build("2026-11-25T09:00:00Z", renamed);

        assertThat(compilation).succeededWithoutWarnings();
        String revision = newestRevision();
        assertTrue(revision.contains("op.renameColumn(\"fees\", \"amount\", \"total\");"), revision);
        assertTrue(revision.contains("op.renameColumn(\"fees\", \"total\", \"amount\");"), revision);
        assertReplays(compilation);
        assertThat(build("2026-11-26T09:00:00Z", renamed)).succeededWithoutWarnings();
        assertEquals(2, revisionFiles().size(), "a rename already done is not done again");
    }

    @Test
    void aTableRenamedFromItsOldNameIsRenamed() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    private BigDecimal amount;"));
        JavaFileObject renamed = entity("Fee",
                "@Entity @Table(name = \"charges\") @RenamedFrom(\"fees\")",
                "public class Fee {",
                "    @Id private Long id;",
                "    private BigDecimal amount;",
                "}");

        Compilation compilation = build("2026-11-25T09:00:00Z", renamed);

        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(newestRevision().contains("op.renameTable(\"fees\", \"charges\");"), newestRevision());
        assertReplays(compilation);
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneShapeWarnOnTheNewField() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    @Column(nullable = false) private BigDecimal amount;"));
        JavaFileObject changed = fee("    @Column(nullable = false) private BigDecimal total;");

        Compilation compilation = build("2026-11-25T09:00:00Z", changed);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[RT401 LikelyRename] Fee.total looks like column amount of fees"
                        + " renamed (same type and nullability); if it is, annotate it @RenamedFrom(\"amount\"), or"
                        + " the revision drops amount and its data")
                .inFile(changed).onLineContaining("private BigDecimal total;");
        String revision = newestRevision();
        assertTrue(revision.contains("op.dropColumn(\"fees\", \"amount\");"), revision);
    }

    @Test
    void aDroppedAndAnAddedTableOfOneShapeWarnOnTheNewEntity() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    private BigDecimal amount;"));
        JavaFileObject moved = entity("Fee",
                "@Entity @Table(name = \"charges\")",
                "public class Fee {",
                "    @Id private Long id;",
                "    private BigDecimal amount;",
                "}");

        Compilation compilation = build("2026-11-25T09:00:00Z", moved);

        assertThat(compilation).hadWarningContaining("[RT401 LikelyRename] Fee (table charges) looks like table fees"
                        + " renamed (same columns); if it is, annotate it @RenamedFrom(\"fees\"), or the revision"
                        + " drops fees and its data")
                .inFile(moved).onLineContaining("public class Fee");
    }

    @Test
    void aNotNullColumnWithoutDefaultWarnsAndIsBackfilled() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    private BigDecimal amount;"));
        JavaFileObject added = fee("    private BigDecimal amount;", "    @Column(nullable = false) private Integer term;");

        Compilation compilation = build("2026-11-25T09:00:00Z", added);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[RT400 BackfillPlaceholder] Fee.term is NOT NULL without a"
                        + " @Default: the revision gives the rows that fees already has 0, a placeholder; put the right"
                        + " value in its op.fillNulls(...), or give the field a @Default")
                .inFile(added).onLineContaining("private Integer term;");
        String revision = newestRevision();
        assertTrue(revision.contains(String.join("\n        ",
                "// fees.term is NOT NULL without a default: the rows that exist get 0, its type's zero value.",
                "// If another value is right for them, put it here (or set it with op.execute(...)).",
                "op.addColumn(\"fees\", \"term\", INTEGER);",
                "op.fillNulls(\"fees\", \"term\", \"0\");",
                "op.alterColumn(\"fees\", \"term\", c -> c.notNull());")), revision);
        assertReplays(compilation);
    }

    @Test
    void aNotNullColumnWithADefaultTakesItWithoutAWarning() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    private BigDecimal amount;"));
        JavaFileObject added = fee("    private BigDecimal amount;",
                "    @Default(\"3\") @Column(nullable = false) private Integer term;");

        Compilation compilation = build("2026-11-25T09:00:00Z", added);

        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(newestRevision().contains("op.addColumn(\"fees\", \"term\", INTEGER, c -> c.notNull()"
                + ".defaultValue(\"3\"));"), newestRevision());
    }

    @Test
    void anOrdinalEnumReorderedIsAnError() {
        build("2026-11-24T15:30:00Z", level("LOW, MEDIUM, HIGH"), fee("    private Level level;"));
        JavaFileObject fee = fee("    private Level level;");

        Compilation compilation = build("2026-11-25T09:00:00Z", level("LOW, HIGH, MEDIUM"), fee);

        assertThat(compilation).hadErrorContaining("[RT202 OrdinalEnumChanged] Fee.level is an ORDINAL enum whose"
                        + " constants changed from [LOW, MEDIUM, HIGH] to [LOW, HIGH, MEDIUM]: the numbers stored in"
                        + " fees.level would change meaning; add new constants only at the end, or map it"
                        + " @Enumerated(STRING) and migrate the data by hand")
                .inFile(fee).onLineContaining("private Level level;");
        assertEquals(1, revisionFiles().size(), "nothing is written");
    }

    @Test
    void anOrdinalEnumShrunkIsAnErrorAndOneThatGrowsAtItsEndIsNot() {
        build("2026-11-24T15:30:00Z", level("LOW, MEDIUM, HIGH"), fee("    private Level level;"));
        JavaFileObject fee = fee("    private Level level;");

        assertThat(build("2026-11-25T09:00:00Z", level("LOW, MEDIUM"), fee))
                .hadErrorContaining("constants changed from [LOW, MEDIUM, HIGH] to [LOW, MEDIUM]")
                .inFile(fee).onLineContaining("private Level level;");

        Compilation grown = build("2026-11-25T09:00:00Z", level("LOW, MEDIUM, HIGH, URGENT"), fee);
        assertThat(grown).succeededWithoutWarnings();
        assertTrue(newestRevision().contains("op.addCheckConstraint(\"ck_fees_level\", \"fees\","
                + " \"\\\"level\\\" BETWEEN 0 AND 3\");"), newestRevision());
    }

    @Test
    void anEnumSwitchedBetweenOrdinalAndStringIsAnError() {
        build("2026-11-24T15:30:00Z", level("LOW, HIGH"), fee("    private Level level;"));
        JavaFileObject fee = fee("    @Enumerated(EnumType.STRING) private Level level;");

        Compilation compilation = build("2026-11-25T09:00:00Z", level("LOW, HIGH"), fee);

        assertThat(compilation).hadErrorContaining("[RT203 EnumStorageChanged] Fee.level changed from"
                        + " @Enumerated(ORDINAL) to @Enumerated(STRING): the values stored in fees.level would not be"
                        + " read back; write the revision that converts them by hand")
                .inFile(fee).onLineContaining("private Level level;");
    }

    @Test
    void aStringEnumThatGainsAValueChangesItsCheck() throws Exception {
        build("2026-11-24T15:30:00Z", level("LOW, HIGH"), fee("    @Enumerated(EnumType.STRING) private Level level;"));

        Compilation compilation = build("2026-11-25T09:00:00Z", level("LOW, HIGH, URGENT"),
                fee("    @Enumerated(EnumType.STRING) private Level level;"));

        assertThat(compilation).succeededWithoutWarnings();
        String revision = newestRevision();
        assertTrue(revision.contains("op.dropCheckConstraint(\"ck_fees_level\", \"fees\");"), revision);
        assertTrue(revision.contains("op.addCheckConstraint(\"ck_fees_level\", \"fees\","
                + " \"\\\"level\\\" IN ('LOW', 'HIGH', 'URGENT')\");"), revision);
        assertReplays(compilation);
    }

    @Test
    void aManualRevisionForDataWorkBecomesTheParentOfTheNextOne() throws Exception {
        build("2026-11-24T15:30:00Z", fee("    private BigDecimal amount;"));
        assertThat(build(List.of("-Aretort.clock=2026-11-24T16:00:00Z", "-Aretort.manual=backfill fees"),
                fee("    private BigDecimal amount;"))).succeededWithoutWarnings();
        String manual = RetortCompiler.read(retort.migrations(revisionFiles().stream()
                .filter(file -> file.endsWith("_BackfillFees.java")).findFirst().orElseThrow()));
        String manualId = manual.substring(manual.indexOf("id = \"") + 6, manual.indexOf("id = \"") + 18);

        assertThat(build("2026-11-25T09:00:00Z", fee("    private BigDecimal amount;"))).succeededWithoutWarnings();
        assertEquals(2, revisionFiles().size(), "nothing to generate on top of the manual revision");

        Compilation next = build("2026-11-26T09:00:00Z", fee("    private BigDecimal amount;",
                "    private String memo;"));
        assertThat(next).succeededWithoutWarnings();
        assertEquals(3, revisionFiles().size());
        String generated = RetortCompiler.read(retort.migrations(revisionFiles().stream()
                .filter(file -> file.startsWith("V20261126_0900_")).findFirst().orElseThrow()));
        assertTrue(generated.contains("parents = \"" + manualId + "\""), generated);
    }

    /** Compiles the sources with every revision in the source tree, at {@code clock}. */
    private Compilation build(String clock, JavaFileObject... entities) {
        return build(List.of("-Aretort.clock=" + clock), entities);
    }

    private Compilation build(List<String> options, JavaFileObject... entities) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(entities));
        for (String file : revisionFiles()) {
            String className = file.substring(0, file.length() - ".java".length());
            sources.add(JavaFileObjects.forSourceString(PACKAGE + "migrations." + className,
                    RetortCompiler.read(retort.migrations(file))));
        }
        return retort.compile(options, sources.toArray(JavaFileObject[]::new));
    }

    private List<String> revisionFiles() {
        return retort.migrationFiles().stream().filter(file -> file.endsWith(".java")).toList();
    }

    private String newestRevision() {
        List<String> files = revisionFiles();
        return RetortCompiler.read(retort.migrations(files.get(files.size() - 1)));
    }

    /** The newest revision replays from the schema before it to the snapshot's. */
    private void assertReplays(Compilation compilation) throws Exception {
        List<String> files = revisionFiles();
        String newest = files.get(files.size() - 1).replace(".java", "");
        Schema after = SnapshotReader.read(retort.snapshot()).schema();
        dev.retort.Operations before = new dev.retort.Operations(Schema.EMPTY);
        for (String file : files.subList(0, files.size() - 1)) {
            new CompiledClasses(compilation).newInstance(PACKAGE + "migrations." + file.replace(".java", ""),
                    dev.retort.Migration.class).upgrade(before);
            before = new dev.retort.Operations(before.schema());
        }
        Replay.assertRevision(compilation, PACKAGE + "migrations." + newest, before.schema(), after);
        assertEquals(1, compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE && d.getMessage(null).contains("RT900")).count());
    }

    private static JavaFileObject fee(String... fields) {
        List<String> lines = new ArrayList<>(List.of("@Entity @Table(name = \"fees\")", "public class Fee {",
                "    @Id private Long id;"));
        lines.addAll(List.of(fields));
        lines.add("}");
        return entity("Fee", lines.toArray(String[]::new));
    }

    private static JavaFileObject level(String constants) {
        return JavaFileObjects.forSourceLines(PACKAGE + "Level", "package com.example.school;", "",
                "public enum Level { " + constants + " }");
    }

    private static JavaFileObject entity(String className, String... lines) {
        String[] all = new String[lines.length + 5];
        all[0] = "package com.example.school;";
        all[1] = "";
        all[2] = "import dev.retort.annotations.*;";
        all[3] = "import jakarta.persistence.*;";
        all[4] = "import java.math.BigDecimal;";
        System.arraycopy(lines, 0, all, 5, lines.length);
        return JavaFileObjects.forSourceLines(PACKAGE + className, all);
    }
}
