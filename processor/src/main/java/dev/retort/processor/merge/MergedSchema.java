package dev.retort.processor.merge;

import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.revision.KnownRevisions.Known;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The schema that the module's revisions produce, all branches applied: their sources are compiled in memory and their
 * {@code upgrade}s replayed, as the runtime replays them. This is how the processor knows, when two branches of the
 * history meet, what the snapshot must say; the snapshot itself, merged by hand, cannot be trusted for it.
 */
public final class MergedSchema {

    private MergedSchema() {}

    /**
     * @param known a sound graph (the graph check passed)
     * @param sourceRoot where the revisions of the module are; also where other classes they use are looked up
     * @throws ReplayException when a revision cannot be found, compiled, loaded or replayed
     */
    public static Schema of(KnownRevisions known, ProcessingEnvironment env, Path sourceRoot) throws ReplayException {
        List<RevisionText> sources = RevisionTexts.read(known.all(), env, sourceRoot);
        Map<String, byte[]> classes = InMemoryJavac.compile(sources, List.of(sourceRoot));
        List<Known> byBinaryName = known.all().stream()
                .map(revision -> revision.named(binaryName(revision, env)))
                .toList();
        return HistoryReplay.replay(byBinaryName, classes);
    }

    // A nested class is Outer$Inner to a class loader.
    private static String binaryName(Known revision, ProcessingEnvironment env) {
        TypeElement type = env.getElementUtils().getTypeElement(revision.className());
        return type == null ? revision.className() : env.getElementUtils().getBinaryName(type).toString();
    }
}
