package dev.retort.processor.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.snapshot.Snapshot;
import dev.retort.processor.snapshot.SnapshotReader;
import dev.retort.processor.snapshot.SnapshotWriter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty revision for data work, on top of the snapshot's revision, which it becomes. */
class ManualRevisionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00Z");

    @TempDir
    Path module;

    @Test
    void writesAnEmptyRevisionOnTopOfTheSnapshotsAndMakesItTheSnapshots() throws Exception {
        Path snapshotFile = module.resolve("src/main/java/com/example/migrations/retort-snapshot.json");
        Schema schema = new Schema(List.of(Table.of("fees", List.of(new Column("id", ColumnType.BIGINT, false, true)))
                .withPrimaryKey(List.of("id"))));
        Files.createDirectories(snapshotFile.getParent());
        Files.writeString(snapshotFile, SnapshotWriter.toJson(new Snapshot(Optional.of("8e2f2e66022e"), schema)));

        Path file = ManualRevision.create(new String[] {"backfill fees", "--source-root",
                module.resolve("src/main/java").toString()}, NOW);

        assertEquals("V20261127_0815_BackfillFees.java", file.getFileName().toString());
        String source = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(source.startsWith("package com.example.migrations;"), source);
        assertTrue(source.contains("parents = \"8e2f2e66022e\", message = \"backfill fees\")"), source);
        assertTrue(source.contains("// Data work goes here: op.execute(...)"), source);
        Snapshot updated = SnapshotReader.read(snapshotFile);
        String id = source.substring(source.indexOf("id = \"") + 6, source.indexOf("id = \"") + 18);
        assertEquals(Optional.of(id), updated.revision());
        assertEquals(schema, updated.schema());
    }

    @Test
    void needsAMessageAndOneSnapshot() {
        assertEquals("the revision needs a message, e.g. \"backfill fees\"", assertThrows(
                IllegalArgumentException.class, () -> ManualRevision.create(new String[] {}, NOW)).getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> ManualRevision.create(
                new String[] {"x", "--source-root", module.toString()}, NOW));
        assertEquals("found 0 retort-snapshot.json files under " + module + "; give the one to use with --snapshot",
                none.getMessage());
    }
}
