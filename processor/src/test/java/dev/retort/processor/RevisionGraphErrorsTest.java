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

/**
 * A broken revision graph fails the build, with an error on the {@code @Revision} at fault, instead of failing the
 * application when it boots: invalid ids, an id declared twice, an unknown parent, a cycle.
 */
class RevisionGraphErrorsTest {

    @TempDir
    Path sourceRoot;

    private RetortCompiler retort;

    @BeforeEach
    void setUp() {
        retort = new RetortCompiler(sourceRoot);
    }

    @Test
    void aSoundGraphWithBranchesAndAMergePasses() {
        Compilation compilation = retort.compile(revision("V1", "a1"), revision("V2", "b2", "a1"),
                revision("V3", "c3", "a1"), revision("V4", "d4", "b2", "c3"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anIdDeclaredTwiceIsAnErrorOnBothClasses() {
        JavaFileObject first = revision("V1", "a1");
        JavaFileObject second = revision("V2", "a1");

        Compilation compilation = retort.compile(first, second, revision("V3", "c3", "a1"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[RT301 DuplicateRevisionId] revision id a1 is declared by "
                        + "com.example.school.migrations.V1 and by com.example.school.migrations.V2; give one of them "
                        + "a new id")
                .inFile(first).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT301 DuplicateRevisionId] revision id a1 is declared by "
                        + "com.example.school.migrations.V2 and by com.example.school.migrations.V1")
                .inFile(second).onLineContaining("Revision(id");
        assertEquals(List.of(), retort.migrationFiles());
    }

    @Test
    void anUnknownParentIsAnErrorOnThatParent() {
        JavaFileObject orphan = JavaFileObjects.forSourceLines("com.example.school.migrations.V2",
                "package com.example.school.migrations;",
                "",
                "@dev.retort.annotations.Revision(",
                "        id = \"b2\",",
                "        parents = {\"a1\",",
                "                \"a0\"})",
                "public final class V2 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {}",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");

        Compilation compilation = retort.compile(revision("V1", "a1"), orphan);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RT302 UnknownParent] revision b2 "
                        + "(com.example.school.migrations.V2) names parent a0, which no revision declares; is its id "
                        + "mistyped, or was the revision that declared it deleted?")
                .inFile(orphan).onLineContaining("\"a0\"");
    }

    @Test
    void everyRevisionOfACycleIsToldTheCycle() {
        JavaFileObject b = revision("V2", "b2", "c3");
        JavaFileObject c = revision("V3", "c3", "b2");
        JavaFileObject selfish = revision("V4", "d4", "a1", "d4");
        JavaFileObject after = revision("V5", "e5", "c3");

        Compilation compilation = retort.compile(revision("V1", "a1"), b, c, selfish, after);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[RT303 RevisionCycle] revision b2 "
                        + "(com.example.school.migrations.V2) is part of a cycle: "
                        + "b2 (com.example.school.migrations.V2) has parent c3, c3 (com.example.school.migrations.V3) has parent b2; a revision cannot follow "
                        + "itself, directly or through others")
                .inFile(b).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT303 RevisionCycle] revision c3 "
                        + "(com.example.school.migrations.V3) is part of a cycle: "
                        + "c3 (com.example.school.migrations.V3) has parent b2, b2 (com.example.school.migrations.V2) has parent c3")
                .inFile(c).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT303 RevisionCycle] revision d4 "
                        + "(com.example.school.migrations.V4) is part of a cycle: "
                        + "d4 (com.example.school.migrations.V4) has parent d4")
                .inFile(selfish).onLineContaining("Revision(id");
    }

    @Test
    void invalidIdsAndAParentNamedTwiceAreErrors() {
        JavaFileObject head = revision("V1", "head");
        JavaFileObject dashed = revision("V2", "b-2", "head");
        JavaFileObject twice = revision("V3", "c3", "b_2", "b_2");
        JavaFileObject b = revision("V4", "b_2");

        Compilation compilation = retort.compile(head, dashed, twice, b);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(4);
        String rule = "an id is 1 to 32 letters, digits or underscores, and not head, heads or base";
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                        + "com.example.school.migrations.V1 declares id 'head'; " + rule)
                .inFile(head).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                        + "com.example.school.migrations.V2 declares id 'b-2'; " + rule)
                .inFile(dashed).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                        + "com.example.school.migrations.V2 declares parent 'head'; " + rule)
                .inFile(dashed).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                        + "com.example.school.migrations.V3 names parent b_2 twice")
                .inFile(twice).onLineContaining("Revision(id");
    }

    @Test
    void theGraphIsCheckedWhenEntitiesAreCompiledToo() {
        JavaFileObject orphan = revision("V1", "b2", "a0");

        Compilation compilation = retort.compile(School.FEE_STATUS, School.STUDENT, School.FEE, orphan);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RT302 UnknownParent] revision b2").inFile(orphan);
        assertEquals(List.of(), retort.migrationFiles());
    }

    @Test
    void offChecksNothing() {
        Compilation compilation = retort.compile(List.of("-Aretort.mode=off"), revision("V1", "a1", "a0"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    /** A revision class of the school's migrations package, its annotation on one line. */
    static JavaFileObject revision(String className, String id, String... parents) {
        String parentList = parents.length == 0 ? ""
                : ", parents = {" + String.join(", ", List.of(parents).stream().map(p -> "\"" + p + "\"").toList())
                        + "}";
        return JavaFileObjects.forSourceLines("com.example.school.migrations." + className,
                "package com.example.school.migrations;",
                "",
                "@dev.retort.annotations.Revision(id = \"" + id + "\"" + parentList + ")",
                "public final class " + className + " implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {}",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");
    }
}
