package dev.retort.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions and snapshots are written whole, readable as any source file of the project. */
class AtomicFilesTest {

    @TempDir
    Path directory;

    @Test
    void aNewFileGetsThePermissionsOfAFileCreatedThere() throws IOException {
        Path plain = Files.createFile(directory.resolve("plain.txt"));
        Path written = directory.resolve("migrations/V1.java");

        AtomicFiles.write(written, "class V1 {}\n");

        assertEquals("class V1 {}\n", Files.readString(written));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
        assertEquals(List.of("V1.java"), names(written.getParent()));
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        Path snapshot = directory.resolve("retort-snapshot.json");
        Files.writeString(snapshot, "{}\n");
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(snapshot, groupWritable);

        AtomicFiles.write(snapshot, "{\"format\": 1}\n");

        assertEquals("{\"format\": 1}\n", Files.readString(snapshot));
        assertEquals(groupWritable, Files.getPosixFilePermissions(snapshot));
        assertEquals(List.of("retort-snapshot.json"), names(directory));
    }

    private static List<String> names(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
