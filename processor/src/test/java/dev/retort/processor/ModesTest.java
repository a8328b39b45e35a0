package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aretort.mode=check} and {@code off}, compilations without entities, and bad options. */
class ModesTest {

    private static final JavaFileObject REVISION = JavaFileObjects.forSourceLines("com.example.school.migrations.V1",
            "package com.example.school.migrations;",
            "",
            "@dev.retort.annotations.Revision(id = \"aaaaaaaaaaaa\")",
            "public final class V1 implements dev.retort.Migration {",
            "    public void upgrade(dev.retort.Operations op) {}",
            "    public void downgrade(dev.retort.Operations op) {}",
            "}");

    /** The index listing {@link #REVISION}: its class, then its description with its source's SHA-256. */
    private static final String INDEX = "# Revisions of this module, listed by the Retort annotation processor.\n"
            + "# Format 2: each class is followed by a #= line describing its @Revision.\n"
            + "com.example.school.migrations.V1\n"
            + "#= id=aaaaaaaaaaaa parents= dependsOn= branchLabels= transactional=true fingerprint="
            + Golden.sha256(source(REVISION)) + "\n";

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void checkFailsOnEachEntityThatDiffersAndOnDroppedTables() {
        JavaFileObject legacy = MappingErrorsTest.entity("Legacy",
                "@Entity",
                "public class Legacy {",
                "    @Id private Long id;",
                "}");
        assertThat(retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE, legacy)).succeeded();
        String snapshot = RetortCompiler.read(retort.snapshot());
        JavaFileObject invoice = MappingErrorsTest.entity("Invoice",
                "@Entity",
                "public class Invoice {",
                "    @Id private Long id;",
                "}");

        Compilation compilation = retort.compile(List.of("-Aretort.mode=check"),
                School.FEE_STATUS, School.STUDENT, School.FEE_WITH_DESCRIPTION, invoice, firstRevision());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[RT200 SchemaOutOfDate] Fee (table fees) differs from the snapshot "
                        + retort.snapshot() + ": add column fees.description, create index ix_fees_dueAt on fees; "
                        + "build without -Aretort.mode=check to generate the revision")
                .inFile(School.FEE_WITH_DESCRIPTION).onLineContaining("public class Fee");
        assertThat(compilation).hadErrorContaining("[RT200 SchemaOutOfDate] Invoice (table Invoice) differs from the "
                        + "snapshot " + retort.snapshot() + ": create table Invoice;")
                .inFile(invoice).onLineContaining("public class Invoice");
        assertThat(compilation).hadErrorContaining("[RT200 SchemaOutOfDate] table Legacy differs from the snapshot "
                + retort.snapshot() + ": drop table Legacy;");
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
        assertEquals(1, retort.migrationFiles().stream().filter(f -> f.endsWith(".java")).count());
    }

    @Test
    void checkPassesWhenEntitiesMatchTheSnapshot() {
        generateFirstRevision();

        Compilation compilation = retort.compile(List.of("-Aretort.mode=check"),
                School.FEE_STATUS, School.STUDENT, School.FEE, firstRevision());

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), compilation.notes());
        assertEquals(List.of(), compilation.generatedSourceFiles());
    }

    @Test
    void offComparesNothingButWritesTheIndex() {
        JavaFileObject broken = MappingErrorsTest.entity("Fee",
                "@Entity",
                "public class Fee {",
                "}");

        Compilation compilation = retort.compile(List.of("-Aretort.mode=off"), broken, REVISION);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), retort.migrationFiles());
        assertEquals(INDEX, RetortCompiler.generated(compilation, StandardLocation.CLASS_OUTPUT,
                "META-INF/retort/revisions"));
    }

    @Test
    void withoutEntitiesOnlyTheIndexIsWritten() {
        JavaFileObject test = JavaFileObjects.forSourceLines("com.example.school.FeeTest",
                "package com.example.school;",
                "",
                "class FeeTest {}");

        Compilation compilation = retort.compile(test, REVISION);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of(), retort.migrationFiles());
        assertEquals(List.of(), compilation.generatedSourceFiles());
        assertEquals(INDEX, RetortCompiler.generated(compilation, StandardLocation.CLASS_OUTPUT,
                "META-INF/retort/revisions"));
    }

    @Test
    void badOptionValues() {
        Compilation compilation = retort.compile(
                List.of("-Aretort.mode=fix", "-Aretort.clock=yesterday", "-Aretort.naming=camel",
                        "-Aretort.package=com.example.1st", "-Aretort.snapshots=x.json"),
                School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining(
                "[RT003 InvalidOption] -Aretort.mode=fix is not valid: expected one of generate, check, off");
        assertThat(compilation).hadErrorContaining("[RT003 InvalidOption] -Aretort.clock=yesterday is not valid: "
                + "expected an ISO-8601 instant such as 2026-11-24T15:30:00Z");
        assertThat(compilation).hadErrorContaining(
                "[RT003 InvalidOption] -Aretort.naming=camel is not valid: no class camel on the annotation processor"
                        + " path; put the jar that holds it in annotationProcessorPaths, next to retort-processor");
        assertThat(compilation).hadErrorContaining(
                "[RT003 InvalidOption] -Aretort.package=com.example.1st is not valid: not a Java package name");
        assertThat(compilation).hadErrorContaining(
                "[RT003 InvalidOption] -Aretort.snapshots=x.json is not valid: unknown option");
        assertEquals(List.of(), retort.migrationFiles());
    }

    private void generateFirstRevision() {
        assertThat(retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE)).succeeded();
    }

    private JavaFileObject firstRevision() {
        String file = retort.migrationFiles().stream().filter(f -> f.endsWith(".java")).findFirst().orElseThrow();
        String className = file.substring(0, file.length() - ".java".length());
        return JavaFileObjects.forSourceString(
                "com.example.school.migrations." + className, RetortCompiler.read(retort.migrations(file)));
    }

    private static String source(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
