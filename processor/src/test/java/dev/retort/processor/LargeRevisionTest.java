package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.diff.SchemaDiff;
import dev.retort.processor.revision.RevisionModel;
import dev.retort.processor.revision.RevisionPlanner;
import dev.retort.processor.revision.RevisionSource;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The first revision of a large project: thousands of tables, more than one method's 64 KB of bytecode can hold. It
 * is written in parts, and compiles.
 */
class LargeRevisionTest {

    @Test
    void aRevisionOfThousandsOfTablesIsWrittenInPartsThatCompile() {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            tables.add(new Table(String.format("t%04d", i), List.of(new Column("id", ColumnType.BIGINT, false, true),
                    new Column("name", ColumnType.VARCHAR(40), false, false)), List.of("id"), List.of(), List.of(),
                    List.of()));
        }
        RevisionModel revision = RevisionPlanner.plan("com.example.big.migrations", List.of(), Optional.of("big"),
                SchemaDiff.diff(Schema.EMPTY, new Schema(tables)), Instant.parse(RetortCompiler.CLOCK), n -> false);

        String source = RevisionSource.of(revision).toString();
        Compilation compilation = Compiler.javac().compile(JavaFileObjects.forSourceString(
                "com.example.big.migrations." + revision.className(), source));

        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(source.contains("""
                    public void upgrade(Operations op) {
                        upgradePart1(op);
                """), source.substring(0, 2000));
        assertTrue(source.contains("private static void upgradePart7(Operations op) {"));
        assertEquals(-1, source.indexOf("upgradePart8"));
        assertTrue(source.contains("private static void downgradePart7(Operations op) {"));
    }
}
