package dev.retort.processor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old or the new contents, never half of it. The file gets the
 * permissions a file created in its place would get (or keeps those it had), not the owner-only ones of a temporary
 * file: revisions and snapshots are sources the whole team reads.
 */
final class AtomicFiles {

    private AtomicFiles() {}

    static void write(Path file, String contents) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, contents, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            PosixFileAttributeView existing = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (existing != null && Files.exists(file)) {
                Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
