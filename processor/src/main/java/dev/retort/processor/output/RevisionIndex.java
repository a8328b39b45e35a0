package dev.retort.processor.output;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The resource {@value #RESOURCE}: the revision classes of the module, one qualified name per line, sorted. The runtime
 * reads it instead of scanning the class path.
 *
 * <p>A build that compiles only some files must not lose the revisions it does not compile, so the processor reads
 * the index of the previous build ({@link #read}) and lists those of its revisions that still exist again.
 */
public final class RevisionIndex {

    public static final String RESOURCE = "META-INF/retort/revisions";

    private RevisionIndex() {}

    public static String contents(SortedSet<String> classNames) {
        StringBuilder text = new StringBuilder("# Revisions of this module, listed by the Retort annotation processor.\n");
        classNames.forEach(name -> text.append(name).append('\n'));
        return text.toString();
    }

    /** Writes the index when there is at least one revision. */
    public static void write(Filer filer, SortedSet<String> classNames, Reporter reporter) {
        if (classNames.isEmpty()) {
            return;
        }
        try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE).openWriter()) {
            writer.write(contents(classNames));
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, RESOURCE, e.getMessage());
        }
    }

    /**
     * The class names listed by an index that a previous build left in {@code location} ({@code CLASS_OUTPUT}, or
     * the first one on {@code CLASS_PATH}), as the runtime reads them: {@code #} starts a comment. Empty when there is
     * none, or it cannot be read: then the revisions are only those this compilation has.
     */
    public static List<String> read(Filer filer, JavaFileManager.Location location) {
        String text;
        try {
            text = filer.getResource(location, "", RESOURCE).getCharContent(true).toString();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
            // No previous index (FileNotFoundException, NoSuchFileException), or a compiler whose Filer does not
            // read from this location.
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int comment = line.indexOf('#');
            String name = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
