package dev.retort.processor.output;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.SortedSet;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The resource {@value #RESOURCE}: the revision classes of the module, one qualified name per line, sorted. The runtime
 * reads it instead of scanning the class path.
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
}
