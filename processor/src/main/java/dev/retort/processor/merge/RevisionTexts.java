package dev.retort.processor.merge;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.retort.processor.output.Locations;
import dev.retort.processor.revision.KnownRevisions.Known;
import dev.retort.processor.revision.TopLevelType;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The sources of the revisions: as this compilation has them (its files may be in memory), else the files in the
 * source tree, where every revision of the module is written.
 */
final class RevisionTexts {

    private RevisionTexts() {}

    /** One source per top-level class, in the order of {@code revisions}. */
    static List<RevisionText> read(Collection<Known> revisions, ProcessingEnvironment env, Path sourceRoot)
            throws ReplayException {
        Map<String, RevisionText> byTopLevelClass = new LinkedHashMap<>();
        for (Known revision : revisions) {
            TypeElement type = env.getElementUtils().getTypeElement(revision.className());
            String topLevel = type == null ? revision.className() : TopLevelType.of(type).getQualifiedName().toString();
            if (!byTopLevelClass.containsKey(topLevel)) {
                Optional<RevisionText> compiled = revision.compiled() && type != null
                        ? fromCompilation(env, type, topLevel) : Optional.empty();
                byTopLevelClass.put(topLevel, compiled.isPresent() ? compiled.get()
                        : fromSourceTree(revision, topLevel, sourceRoot));
            }
        }
        return new ArrayList<>(byTopLevelClass.values());
    }

    private static Optional<RevisionText> fromCompilation(ProcessingEnvironment env, TypeElement type,
            String topLevel) throws ReplayException {
        TreePath path;
        try {
            path = Trees.instance(env).getPath(type);
        } catch (IllegalArgumentException e) {
            // Not javac: its trees are not available; the source tree has the file.
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        URI uri = path.getCompilationUnit().getSourceFile().toUri();
        try {
            String text = path.getCompilationUnit().getSourceFile().getCharContent(true).toString();
            String where = "file".equals(uri.getScheme()) ? Locations.display(Path.of(uri)) : uri.toString();
            return Optional.of(new RevisionText(topLevel, where, text));
        } catch (IOException e) {
            throw new ReplayException("cannot read the source of " + topLevel + ": " + e, e);
        }
    }

    private static RevisionText fromSourceTree(Known revision, String topLevel, Path sourceRoot)
            throws ReplayException {
        Path file = sourceRoot.resolve(topLevel.replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            throw new ReplayException("cannot find the source of revision " + revision.describe() + ": it is not part "
                    + "of this compilation, and " + Locations.display(file) + " does not exist");
        }
        try {
            return new RevisionText(topLevel, Locations.display(file), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReplayException("cannot read " + Locations.display(file) + ": " + e, e);
        }
    }
}
