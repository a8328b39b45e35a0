package dev.retort.processor.output;

import java.io.IOException;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileManager;

/** A resource an earlier build left, read through the {@link Filer}. */
final class PreviousResource {

    private PreviousResource() {}

    /**
     * The text of {@code resource} in {@code location} ({@code CLASS_OUTPUT}, or the first on {@code CLASS_PATH});
     * empty when there is none (FileNotFoundException, NoSuchFileException), or the compiler's Filer does not read
     * from that location.
     */
    static Optional<String> read(Filer filer, JavaFileManager.Location location, String resource) {
        try {
            return Optional.of(filer.getResource(location, "", resource).getCharContent(true).toString());
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
