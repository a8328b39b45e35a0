package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aretort.manual}: an empty revision for data work in one build, on top of the snapshot's revision. */
class ManualRevisionOptionTest {

    private static final String LATER = "-Aretort.clock=2026-11-25T09:00:00Z";
    private static final Pattern ID = Pattern.compile("@Revision\\(id = \"([0-9a-f]{12})\"");

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
        assertThat(retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE)).succeeded();
    }

    @Test
    void writesAnEmptyRevisionOnTopOfTheSnapshot() throws Exception {
        String first = onlyRevision();
        Snapshot before = SnapshotReader.read(retort.snapshot());

        Compilation compilation = retort.compile(List.of(LATER, "-Aretort.manual=backfill fee statuses"),
                School.FEE_STATUS, School.STUDENT, School.FEE, revision(first));

        assertThat(compilation).succeeded();
        String manual = "V20261125_0900_BackfillFeeStatuses.java";
        assertEquals(List.of(first, manual, "retort-snapshot.json"), retort.migrationFiles());
        String source = RetortCompiler.read(retort.migrations(manual));
        assertTrue(source.contains("parents = \"" + idOf(first) + "\", message = \"backfill fee statuses\")"), source);
        assertTrue(source.contains("// Data work goes here"), source);
        Snapshot after = SnapshotReader.read(retort.snapshot());
        assertEquals(before.schema(), after.schema());
        assertEquals(idOf(manual), after.revision().orElseThrow());
        assertThat(compilation).hadNoteContaining("[RT900 RevisionGenerated] wrote");
    }

    @Test
    void refusesWhileTheEntitiesDifferFromTheSnapshot() {
        String first = onlyRevision();
        String snapshot = RetortCompiler.read(retort.snapshot());

        Compilation compilation = retort.compile(List.of(LATER, "-Aretort.manual=backfill"),
                School.FEE_STATUS, School.STUDENT, School.FEE_WITH_DESCRIPTION, revision(first));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RT204 ManualRevisionWithChanges] -Aretort.manual asks for an"
                + " empty revision, but the entities differ from the snapshot " + retort.snapshot()
                + ": add column fees.description");
        assertEquals(List.of(first, "retort-snapshot.json"), retort.migrationFiles());
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
    }

    private String onlyRevision() {
        return retort.migrationFiles().stream().filter(f -> f.endsWith(".java")).findFirst().orElseThrow();
    }

    private String idOf(String file) {
        Matcher matcher = ID.matcher(RetortCompiler.read(retort.migrations(file)));
        assertTrue(matcher.find(), file);
        return matcher.group(1);
    }

    private JavaFileObject revision(String file) {
        String className = file.substring(0, file.length() - ".java".length());
        return JavaFileObjects.forSourceString(
                "com.example.school.migrations." + className, RetortCompiler.read(retort.migrations(file)));
    }
}
