package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot that cannot be used fails the build, names the file and the problem, and stays as it was. */
class SnapshotErrorsTest {

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void invalidJson() {
        String corrupt = "{\n  \"format\": 1,\n  \"tables\": [\n<<<<<<< HEAD\n";
        RetortCompiler.write(retort.snapshot(), corrupt);

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT001 SnapshotUnreadable] cannot read the snapshot "
                + retort.snapshot() + ": invalid JSON at line 4, column 1: Unexpected character ('<'");
        assertUntouched(corrupt);
    }

    @Test
    void unreadableSnapshot() throws Exception {
        Files.createDirectories(retort.snapshot());

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT001 SnapshotUnreadable] cannot read the snapshot "
                + retort.snapshot());
        assertEquals(List.of("retort-snapshot.json"), retort.migrationFiles());
        assertTrue(Files.isDirectory(retort.snapshot()));
    }

    @Test
    void unknownColumnType() {
        String invalid = """
                {
                  "format": 1,
                  "tables": [
                    {"name": "fees", "columns": [{"name": "id", "type": "bigint", "nullable": false}]},
                    {"name": "students", "columns": [{"name": "code", "type": "varchr(3)", "nullable": false}]}
                  ]
                }
                """;
        RetortCompiler.write(retort.snapshot(), invalid);

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT002 SnapshotInvalid] the snapshot " + retort.snapshot()
                + " is not valid: tables[1].columns[0].type: unknown column type 'varchr(3)'");
        assertUntouched(invalid);
    }

    @Test
    void misspeltField() {
        String invalid = "{\"format\": 1, \"tables\": [{\"name\": \"fees\", \"colums\": []}]}\n";
        RetortCompiler.write(retort.snapshot(), invalid);

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).hadErrorContaining("is not valid: tables[0].colums: unknown field");
        assertUntouched(invalid);
    }

    @Test
    void snapshotBehindTheRevisions() {
        RetortCompiler.write(retort.snapshot(), "{\"format\": 1, \"revision\": \"aaaaaaaaaaaa\"}\n");
        JavaFileObject revision = JavaFileObjects.forSourceLines("com.example.school.migrations.V2",
                "package com.example.school.migrations;",
                "",
                "@dev.retort.annotations.Revision(id = \"bbbbbbbbbbbb\", parents = \"aaaaaaaaaaaa\")",
                "public final class V2 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {}",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");
        JavaFileObject parent = RevisionGraphErrorsTest.revision("V1", "aaaaaaaaaaaa");

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE, parent, revision);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT004 SnapshotOutOfStep] the snapshot " + retort.snapshot()
                + " is at revision aaaaaaaaaaaa, which is not a head of the revisions in this compilation "
                + "(heads: bbbbbbbbbbbb)");
        assertEquals(List.of("retort-snapshot.json"), retort.migrationFiles());
    }

    @Test
    void missingSnapshotWhileRevisionsExist() {
        JavaFileObject revision = JavaFileObjects.forSourceLines("com.example.school.migrations.V1",
                "package com.example.school.migrations;",
                "",
                "@dev.retort.annotations.Revision(id = \"aaaaaaaaaaaa\")",
                "public final class V1 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {}",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE, revision);

        assertThat(compilation).hadErrorContaining("[RT004 SnapshotOutOfStep] the snapshot " + retort.snapshot()
                + " names no revision, but this compilation has revisions (heads: aaaaaaaaaaaa)");
        assertEquals(List.of(), retort.migrationFiles());
    }

    @Test
    void aChangedPrimaryKeyIsGenerated() {
        String snapshot = """
                {
                  "format": 1,
                  "tables": [
                    {
                      "name": "fees",
                      "columns": [
                        {"name": "id", "type": "bigint", "nullable": false},
                        {"name": "code", "type": "varchar(10)", "nullable": false}
                      ],
                      "primaryKey": ["code"]
                    }
                  ]
                }
                """;
        RetortCompiler.write(retort.snapshot(), snapshot);
        JavaFileObject fee = MappingErrorsTest.entity("Fee",
                "@Entity",
                "@Table(name = \"fees\")",
                "public class Fee {",
                "    @Id private Long id;",
                "    @Column(nullable = false, length = 10) private String code;",
                "}");

        Compilation compilation = retort.compile(fee);

        assertThat(compilation).succeededWithoutWarnings();
        List<String> files = retort.migrationFiles();
        assertEquals(2, files.size(), "files: " + files);
        String revision = RetortCompiler.read(retort.migrations(files.get(0)));
        assertTrue(revision.contains("op.alterPrimaryKey(\"fees\", \"id\");"), revision);
        assertTrue(revision.contains("op.alterPrimaryKey(\"fees\", \"code\");"), revision);
    }

    private void assertUntouched(String snapshot) {
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
        assertEquals(List.of("retort-snapshot.json"), retort.migrationFiles());
    }
}
