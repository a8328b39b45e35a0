package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint the index gives each revision: its source's SHA-256, when that source is all there is to what the
 * revision does; none when it refers to code of the application outside its file, which could change its operations
 * while its source stays the same.
 */
class RevisionFingerprintTest {

    private static final String PACKAGE = "com.example.school.migrations";

    @TempDir
    Path sourceRoot;

    @Test
    void aRevisionMadeOfItsSourceAndRetortsApiHasItsSourcesHash() throws IOException {
        JavaFileObject selfContained = revision("V1",
                "import static dev.retort.schema.ColumnType.VARCHAR;",
                "import dev.retort.Migration;",
                "import dev.retort.Operations;",
                "import dev.retort.annotations.Revision;",
                "import java.util.List;",
                "",
                "@Revision(id = \"v1\", message = \"notes\")",
                "public final class V1 implements Migration {",
                "    private static final String TABLE = \"note\";",
                "",
                "    /** Nested code is part of the file. */",
                "    static final class Columns {",
                "        static final List<String> NAMES = List.of(\"body\");",
                "    }",
                "",
                "    @Override",
                "    public void upgrade(Operations op) {",
                "        op.execute(\"CREATE TABLE \" + TABLE + \" (id bigint)\");",
                "        Columns.NAMES.forEach(name -> op.addColumn(TABLE, name, VARCHAR(100)));",
                "        op.execute(java.lang.String.join(\" \", \"SELECT\", \"1\"));",
                "    }",
                "",
                "    @Override",
                "    public void downgrade(Operations op) {",
                "        op.dropTable(TABLE);",
                "    }",
                "}");

        Map<String, String> fingerprints = fingerprints(compile(selfContained));

        assertEquals(Map.of(PACKAGE + ".V1", Golden.sha256(selfContained.getCharContent(true).toString())),
                fingerprints);
    }

    @Test
    void aRevisionThatRefersToOtherCodeOfTheApplicationHasNone() {
        JavaFileObject helper = JavaFileObjects.forSourceLines(PACKAGE + ".Helpers",
                "package " + PACKAGE + ";",
                "",
                "public final class Helpers {",
                "    public static final String TABLE = \"note\";",
                "    public static void createNotes(dev.retort.Operations op) {",
                "        op.execute(\"CREATE TABLE note (id bigint)\");",
                "    }",
                "}");
        JavaFileObject constants = JavaFileObjects.forSourceLines("com.example.shared.Tables",
                "package com.example.shared;",
                "",
                "public final class Tables {",
                "    public static final String NOTE = \"note\";",
                "}");
        JavaFileObject samePackage = revision("V1",
                "@dev.retort.annotations.Revision(id = \"v1\")",
                "public final class V1 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) { Helpers.createNotes(op); }",
                "    public void downgrade(dev.retort.Operations op) { op.dropTable(\"note\"); }",
                "}");
        JavaFileObject qualified = revision("V2",
                "@dev.retort.annotations.Revision(id = \"v2\", parents = \"v1\")",
                "public final class V2 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) {",
                "        op.execute(\"DELETE FROM \" + com.example.shared.Tables.NOTE);",
                "    }",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");
        JavaFileObject imported = revision("V3",
                "import static com.example.shared.Tables.NOTE;",
                "",
                "@dev.retort.annotations.Revision(id = \"v3\", parents = \"v2\")",
                "public final class V3 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) { op.execute(\"DELETE FROM \" + NOTE); }",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");
        JavaFileObject otherRevision = revision("V4",
                "@dev.retort.annotations.Revision(id = \"v4\", parents = \"v3\")",
                "public final class V4 implements dev.retort.Migration {",
                "    public void upgrade(dev.retort.Operations op) { new V3().upgrade(op); }",
                "    public void downgrade(dev.retort.Operations op) {}",
                "}");

        Map<String, String> fingerprints = fingerprints(compile(helper, constants, samePackage, qualified, imported,
                otherRevision));

        Map<String, String> none = new LinkedHashMap<>();
        for (String name : List.of("V1", "V2", "V3", "V4")) {
            none.put(PACKAGE + "." + name, null);
        }
        assertEquals(none, fingerprints);
    }

    private Compilation compile(JavaFileObject... sources) {
        Compilation compilation = new RetortCompiler(sourceRoot).compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /** The fingerprint the index gives each class it lists (null: none), in its order. */
    private static Map<String, String> fingerprints(Compilation compilation) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        String className = null;
        for (String line : RetortCompiler.generated(compilation, StandardLocation.CLASS_OUTPUT,
                "META-INF/retort/revisions").split("\n")) {
            if (line.startsWith("#= ")) {
                int at = line.indexOf(" fingerprint=");
                fingerprints.put(className, at < 0 ? null : line.substring(at + " fingerprint=".length()));
            } else if (!line.startsWith("#")) {
                className = line;
            }
        }
        return fingerprints;
    }

    private static JavaFileObject revision(String className, String... lines) {
        String[] all = new String[lines.length + 2];
        all[0] = "package " + PACKAGE + ";";
        all[1] = "";
        System.arraycopy(lines, 0, all, 2, lines.length);
        return JavaFileObjects.forSourceLines(PACKAGE + "." + className, all);
    }
}
