package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school domain through three changes: each compile writes the revision and snapshot of the golden files, into the
 * source tree and through the Filer, and the revision replays from the old snapshot to the new one.
 */
class GoldenRevisionTest {

    private static final String PACKAGE = "com.example.school.migrations.";
    private static final String FIRST = "V20261124_1530_CreateTablesFeesStudents";
    private static final String SECOND = "V20261125_0900_AddColumnFeesDescriptionAnd1MoreChange";
    private static final String FIRST_ID = "5578421a9d2b";
    private static final String SECOND_ID = "657b2e384bc9";
    private static final String HEADER = "# Revisions of this module, listed by the Retort annotation processor.\n"
            + "# Format 2: each class is followed by a #= line describing its @Revision.\n";
    private static final String THIRD = "V20261126_1000_AlterColumnFeesAmountAnd2MoreChanges";

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @Test
    void firstCompileCreatesTheTables() throws Exception {
        retort = new RetortCompiler(sourceRoot);

        generate("2026-11-24T15:30:00Z", FIRST, "first", School.FEE);
    }

    @Test
    void addedColumnAndIndexGiveTheSecondRevision() throws Exception {
        retort = new RetortCompiler(sourceRoot);
        generate("2026-11-24T15:30:00Z", FIRST, "first", School.FEE);

        generate("2026-11-25T09:00:00Z", SECOND, "second", School.FEE_WITH_DESCRIPTION);
    }

    @Test
    void alteredAndDroppedColumnsGiveTheThirdRevision() throws Exception {
        retort = new RetortCompiler(sourceRoot);
        generate("2026-11-24T15:30:00Z", FIRST, "first", School.FEE);
        generate("2026-11-25T09:00:00Z", SECOND, "second", School.FEE_WITH_DESCRIPTION);

        generate("2026-11-26T10:00:00Z", THIRD, "third", School.FEE_ALTERED);
    }

    @Test
    void sameInputGivesTheSameBytes(@TempDir Path otherRoot) {
        RetortCompiler one = new RetortCompiler(sourceRoot);
        RetortCompiler other = new RetortCompiler(otherRoot);

        assertThat(one.compile(School.FEE_STATUS, School.STUDENT, School.FEE)).succeeded();
        assertThat(other.compile(School.FEE_STATUS, School.STUDENT, School.FEE)).succeeded();

        assertEquals(List.of(FIRST + ".java", "retort-snapshot.json"), one.migrationFiles());
        assertEquals(one.migrationFiles(), other.migrationFiles());
        for (String file : one.migrationFiles()) {
            assertEquals(RetortCompiler.read(one.migrations(file)), RetortCompiler.read(other.migrations(file)), file);
        }
    }

    @Test
    void compilingAgainWithTheRevisionGeneratesNothing() throws Exception {
        retort = new RetortCompiler(sourceRoot);
        generate("2026-11-24T15:30:00Z", FIRST, "first", School.FEE);
        String snapshot = RetortCompiler.read(retort.snapshot());

        Compilation again = compileWithRevisions("2026-11-25T09:00:00Z", School.FEE);

        assertThat(again).succeededWithoutWarnings();
        assertEquals(List.of(), again.notes(), "notes");
        assertEquals(List.of(FIRST + ".java", "retort-snapshot.json"), retort.migrationFiles());
        assertEquals(snapshot, RetortCompiler.read(retort.snapshot()));
        assertEquals(List.of(), again.generatedSourceFiles());
    }

    @Test
    void aSnapshotThatNamesNoEntitiesStillMatchesAndTheNextRevisionNamesThem() throws Exception {
        retort = new RetortCompiler(sourceRoot);
        generate("2026-11-24T15:30:00Z", FIRST, "first", School.FEE);
        String older = RetortCompiler.read(retort.snapshot()).replaceAll("(?m)^ *\"entity\": .*\n", "");
        assertFalse(older.contains("\"entity\""), older);
        RetortCompiler.write(retort.snapshot(), older);

        Compilation again = compileWithRevisions("2026-11-25T09:00:00Z", School.FEE);

        assertThat(again).succeededWithoutWarnings();
        assertEquals(List.of(), again.generatedSourceFiles());
        assertEquals(older, RetortCompiler.read(retort.snapshot()));
        generate("2026-11-25T09:00:00Z", SECOND, "second", School.FEE_WITH_DESCRIPTION);
    }

    @Test
    void indexListsTheRevisionsOfTheCompilationAndTheGeneratedOne() throws Exception {
        retort = new RetortCompiler(sourceRoot);
        Compilation first = generate("2026-11-24T15:30:00Z", FIRST, "first", School.FEE);
        assertEquals(HEADER + PACKAGE + FIRST + "\n"
                        + "#= id=" + FIRST_ID + " parents= dependsOn= branchLabels= transactional=true fingerprint="
                        + Golden.sha256(Golden.read("first/" + FIRST + ".java")) + "\n",
                RetortCompiler.generated(first, StandardLocation.CLASS_OUTPUT, "META-INF/retort/revisions"));

        Compilation second = generate("2026-11-25T09:00:00Z", SECOND, "second", School.FEE_WITH_DESCRIPTION);

        assertEquals(HEADER + PACKAGE + FIRST + "\n"
                        + "#= id=" + FIRST_ID + " parents= dependsOn= branchLabels= transactional=true fingerprint="
                        + Golden.sha256(Golden.read("first/" + FIRST + ".java")) + "\n"
                        + PACKAGE + SECOND + "\n"
                        + "#= id=" + SECOND_ID + " parents=" + FIRST_ID + " dependsOn= branchLabels= transactional=true"
                        + " fingerprint=" + Golden.sha256(Golden.read("second/" + SECOND + ".java")) + "\n",
                RetortCompiler.generated(second, StandardLocation.CLASS_OUTPUT, "META-INF/retort/revisions"));
    }

    /**
     * Compiles the entities with the revisions written so far; checks the new revision and snapshot against the
     * golden files of {@code step}, and replays the revision.
     */
    private Compilation generate(String clock, String className, String step, JavaFileObject fee) throws Exception {
        Schema before = SnapshotReader.read(retort.snapshot()).schema();

        Compilation compilation = compileWithRevisions(clock, fee);

        assertThat(compilation).succeededWithoutWarnings();
        String expected = Golden.read(step + "/" + className + ".java");
        assertEquals(expected, RetortCompiler.read(retort.migrations(className + ".java")), "source tree copy");
        assertEquals(expected, RetortCompiler.generated(compilation, StandardLocation.SOURCE_OUTPUT,
                RetortCompiler.MIGRATIONS + "/" + className + ".java"), "Filer copy");
        assertEquals(Golden.read(step + "/retort-snapshot.json"), RetortCompiler.read(retort.snapshot()), "snapshot");
        assertThat(compilation).hadNoteContaining("[RT900 RevisionGenerated] wrote "
                + retort.migrations(className + ".java"));
        assertEquals(1, compilation.notes().stream().filter(n -> n.getKind() == Diagnostic.Kind.NOTE).count());
        Replay.assertRevision(compilation, PACKAGE + className, before,
                SnapshotReader.read(retort.snapshot()).schema());
        return compilation;
    }

    /** The school's entities, with {@code fee} and every revision in the source tree, compiled at {@code clock}. */
    private Compilation compileWithRevisions(String clock, JavaFileObject fee) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(School.FEE_STATUS, School.STUDENT, fee));
        for (String file : retort.migrationFiles()) {
            if (file.endsWith(".java")) {
                String className = file.substring(0, file.length() - ".java".length());
                sources.add(JavaFileObjects.forSourceString(
                        PACKAGE + className, RetortCompiler.read(retort.migrations(file))));
            }
        }
        return retort.compile(List.of("-Aretort.clock=" + clock), sources.toArray(JavaFileObject[]::new));
    }
}
