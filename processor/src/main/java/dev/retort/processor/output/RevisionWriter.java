package dev.retort.processor.output;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes a new revision twice: through the {@link Filer}, so that it is compiled in this build, and into the source
 * tree with the updated snapshot, so that it is committed. The source-tree files are written together or not at all.
 */
public final class RevisionWriter {

    private final Filer filer;
    private final Reporter reporter;

    public RevisionWriter(Filer filer, Reporter reporter) {
        this.filer = filer;
        this.reporter = reporter;
    }

    /**
     * @param originatingElements the entities the revision was generated from
     * @return whether every file was written; otherwise an error was reported
     */
    public boolean write(String qualifiedName, String source, Path sourceFile, Path snapshotFile, String snapshot,
            List<? extends Element> originatingElements) {
        try (Writer writer = filer.createSourceFile(qualifiedName, originatingElements.toArray(Element[]::new))
                .openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, qualifiedName, e.getMessage());
            return false;
        }
        try {
            AtomicFiles.write(sourceFile, source);
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, Locations.display(sourceFile), e.getMessage());
            return false;
        }
        try {
            AtomicFiles.write(snapshotFile, snapshot);
            return true;
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, Locations.display(snapshotFile), e.getMessage());
            deleteQuietly(sourceFile);
            return false;
        }
    }

    /**
     * Writes a revision that changes no schema and leaves the snapshot where it is (the merge of another line of the
     * history than the snapshot's).
     *
     * @return whether both copies were written; otherwise an error was reported
     */
    public boolean writeRevisionOnly(String qualifiedName, String source, Path sourceFile,
            List<? extends Element> originatingElements) {
        try (Writer writer = filer.createSourceFile(qualifiedName, originatingElements.toArray(Element[]::new))
                .openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, qualifiedName, e.getMessage());
            return false;
        }
        try {
            AtomicFiles.write(sourceFile, source);
            return true;
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, Locations.display(sourceFile), e.getMessage());
            return false;
        }
    }

    // The revision without its snapshot would be generated again by the next build.
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The error about the snapshot is reported already; the stray revision is the lesser problem.
        }
    }
}
