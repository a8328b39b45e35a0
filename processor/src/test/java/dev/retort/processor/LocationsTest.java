package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where revisions and the snapshot go, from the entities' source files and the options. */
class LocationsTest {

    private static final String CLOCK = "-Aretort.clock=" + RetortCompiler.CLOCK;

    @TempDir
    Path module;

    @Test
    void sourceRootIsFoundFromTheEntitiesSourceFiles() {
        Path sourceRoot = module.resolve("src/main/java");

        Compilation compilation = compile(List.of(CLOCK), onDisk(sourceRoot));

        assertThat(compilation).succeeded();
        Path migrations = sourceRoot.resolve(RetortCompiler.MIGRATIONS);
        assertTrue(Files.exists(migrations.resolve("V20261124_1530_CreateTablesFeesStudents.java")));
        assertTrue(Files.exists(migrations.resolve("retort-snapshot.json")));
    }

    @Test
    void relativeSnapshotPathIsResolvedAgainstTheModuleDirectory() {
        Path sourceRoot = module.resolve("src/main/java");

        Compilation compilation = compile(List.of(CLOCK, "-Aretort.snapshot=src/main/resources/schema.json"),
                onDisk(sourceRoot));

        assertThat(compilation).succeeded();
        assertTrue(Files.exists(module.resolve("src/main/resources/schema.json")));
        assertTrue(Files.notExists(sourceRoot.resolve(RetortCompiler.MIGRATIONS).resolve("retort-snapshot.json")));
    }

    @Test
    void inMemorySourcesNeedTheSourceRootOption() {
        Compilation compilation = compile(List.of(CLOCK), School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT005 SourceRootUnknown] cannot tell the source directory of Fee "
                        + "(its source is com/example/school/Fee.java); set -Aretort.sourceRoot")
                .inFile(School.FEE).onLineContaining("public class Fee");
    }

    @Test
    void packageAndMessageOptions() {
        RetortCompiler retort = new RetortCompiler(module);

        Compilation compilation = retort.compile(List.of(CLOCK, "-Aretort.package=db.history",
                "-Aretort.message=Initial school schema (v1)"), School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).succeeded();
        String source = RetortCompiler.read(module.resolve("db/history/V20261124_1530_InitialSchoolSchemaV1.java"));
        assertTrue(source.startsWith("package db.history;\n"), source);
        assertTrue(source.contains("message = \"Initial school schema (v1)\")"), source);
        assertTrue(Files.exists(module.resolve("db/history/retort-snapshot.json")));
    }

    @Test
    void blankOptionsCountAsNotSet() {
        // What a pom passing -Aretort.message=${retort.message} sends when the property is empty.
        RetortCompiler retort = new RetortCompiler(module);

        Compilation compilation = retort.compile(List.of(CLOCK, "-Aretort.message=", "-Aretort.package= "),
                School.FEE_STATUS, School.STUDENT, School.FEE);

        assertThat(compilation).succeeded();
        assertEquals(List.of("V20261124_1530_CreateTablesFeesStudents.java", "retort-snapshot.json"),
                retort.migrationFiles());
    }

    @Test
    void classNameClashGetsASuffix() {
        RetortCompiler retort = new RetortCompiler(module);
        RetortCompiler.write(retort.migrations("V20261124_1530_CreateTablesFeesStudents.java"), "// someone else's\n");

        assertThat(retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE)).succeeded();

        assertEquals(List.of("V20261124_1530_CreateTablesFeesStudents.java",
                        "V20261124_1530_CreateTablesFeesStudents_2.java", "retort-snapshot.json"),
                retort.migrationFiles());
    }

    private static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new RetortProcessor()).withOptions(options).compile(sources);
    }

    /** The school's sources written under {@code sourceRoot}, read from there. */
    private static JavaFileObject[] onDisk(Path sourceRoot) {
        List<JavaFileObject> files = new ArrayList<>();
        for (JavaFileObject source : List.of(School.FEE_STATUS, School.STUDENT, School.FEE)) {
            Path file = sourceRoot.resolve(source.toUri().getPath().replaceFirst("^/", ""));
            try {
                RetortCompiler.write(file, source.getCharContent(true).toString());
                files.add(JavaFileObjects.forResource(file.toUri().toURL()));
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.toArray(JavaFileObject[]::new);
    }
}
