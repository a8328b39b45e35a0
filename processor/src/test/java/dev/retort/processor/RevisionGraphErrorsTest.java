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
 * application when it boots: invalid ids and labels, an id or label declared twice, an unknown parent or dependency, a
 * cycle through parents or dependencies.
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
        String rule = "an id is 1 to 32 letters, digits or underscores, and not head, heads, base or current";
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
    void dependenciesAndBranchLabelsOfASoundGraphPass() {
        Compilation compilation = retort.compile(revision("V1", "a1"), revision("V2", "b2", "a1"),
                annotated("V3", "id = \"c3\", branchLabels = \"billing\", dependsOn = \"b2\""),
                annotated("V4", "id = \"d4\", parents = \"c3\", dependsOn = {\"a1\"}"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void anUnknownDependencyIsAnErrorOnThatDependency() {
        JavaFileObject dependent = JavaFileObjects.forSourceLines("com.example.school.migrations.V2",
                "package com.example.school.migrations;",
                "",
                "@dev.retort.annotations.Revision(",
                "        id = \"b2\",",
                "        parents = \"a1\",",
                "        dependsOn = \"z9\")",
                "public final class V2 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {}",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");

        Compilation compilation = retort.compile(revision("V1", "a1"), dependent);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RT307 UnknownDependency] revision b2 "
                        + "(com.example.school.migrations.V2) depends on z9, which no revision declares; is its id "
                        + "mistyped, or was the revision that declared it deleted?")
                .inFile(dependent).onLineContaining("\"z9\"");
    }

    @Test
    void aCycleThroughADependencyIsAnError() {
        JavaFileObject a = annotated("V1", "id = \"a1\", dependsOn = \"b2\"");
        JavaFileObject b = revision("V2", "b2", "a1");

        Compilation compilation = retort.compile(a, b);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[RT303 RevisionCycle] revision a1 "
                        + "(com.example.school.migrations.V1) is part of a cycle: a1 (com.example.school.migrations.V1) "
                        + "depends on b2, b2 (com.example.school.migrations.V2) has parent a1")
                .inFile(a).onLineContaining("Revision(id");
        assertThat(compilation).hadErrorContaining("[RT303 RevisionCycle] revision b2").inFile(b);
    }

    @Test
    void invalidDependenciesAndLabelsAreErrors() {
        JavaFileObject badDependency = annotated("V2", "id = \"b2\", parents = \"a1\", dependsOn = \"a-1\"");
        JavaFileObject both = annotated("V3", "id = \"c3\", parents = \"a1\", dependsOn = \"a1\"");
        JavaFileObject badLabel = annotated("V4", "id = \"d4\", parents = \"c3\", branchLabels = \"current\"");
        JavaFileObject labelTwice = annotated("V5", "id = \"e5\", parents = \"d4\", branchLabels = {\"x\", \"x\"}");
        JavaFileObject labelIsAnId = annotated("V6", "id = \"f6\", parents = \"b2\", branchLabels = \"a1\"");

        Compilation compilation = retort.compile(revision("V1", "a1"), badDependency, both, badLabel, labelTwice,
                labelIsAnId);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                + "com.example.school.migrations.V2 declares dependency 'a-1'; an id is 1 to 32 letters, digits or "
                + "underscores, and not head, heads, base or current").inFile(badDependency);
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                + "com.example.school.migrations.V3 names a1 both as a parent and as a dependency").inFile(both);
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                + "com.example.school.migrations.V4 declares branch label 'current'; a label is 1 to 64 letters, "
                + "digits or underscores, and not head, heads, base or current").inFile(badLabel);
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                + "com.example.school.migrations.V5 declares branch label x twice").inFile(labelTwice);
        assertThat(compilation).hadErrorContaining("[RT300 InvalidRevision] @Revision of "
                + "com.example.school.migrations.V6 declares branch label a1, which is the id of revision a1 "
                + "(com.example.school.migrations.V1); a label cannot be an id, or targets would be ambiguous")
                .inFile(labelIsAnId);
    }

    @Test
    void aLabelDeclaredByTwoRevisionsIsAnErrorOnBoth() {
        JavaFileObject first = annotated("V2", "id = \"b2\", parents = \"a1\", branchLabels = \"billing\"");
        JavaFileObject second = annotated("V3", "id = \"c3\", parents = \"a1\", branchLabels = \"billing\"");

        Compilation compilation = retort.compile(revision("V1", "a1"), first, second);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[RT308 DuplicateBranchLabel] branch label billing is declared by "
                + "b2 (com.example.school.migrations.V2) and by c3 (com.example.school.migrations.V3); a label names "
                + "one branch: rename one of them").inFile(first).onLineContaining("billing");
        assertThat(compilation).hadErrorContaining("[RT308 DuplicateBranchLabel] branch label billing is declared by "
                + "c3 (com.example.school.migrations.V3) and by b2").inFile(second);
    }

    @Test
    void offChecksNothing() {
        Compilation compilation = retort.compile(List.of("-Aretort.mode=off"), revision("V1", "a1", "a0"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    /** A revision class of the school's migrations package whose annotation holds {@code attributes}, on one line. */
    static JavaFileObject annotated(String className, String attributes) {
        return JavaFileObjects.forSourceLines("com.example.school.migrations." + className,
                "package com.example.school.migrations;",
                "",
                "@dev.retort.annotations.Revision(" + attributes + ")",
                "public final class " + className + " implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {}",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");
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
