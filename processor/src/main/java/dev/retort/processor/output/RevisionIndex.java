package dev.retort.processor.output;

import dev.retort.processor.Message;
import dev.retort.processor.Reporter;
import dev.retort.processor.revision.KnownRevisions.Known;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The resource {@value #RESOURCE}: the revision classes of the module, one qualified name per line, sorted, each
 * followed by a line that describes its {@code @Revision} (format 2):
 *
 * <pre>
 * com.example.school.migrations.V20261125_1034_AddFeeDescription
 * #= id=b5d4111c37f0 parents=8e2f2e66022e dependsOn= branchLabels= transactional=true fingerprint=9c1f...
 * </pre>
 *
 * The runtime reads the class names instead of scanning the class path, and the descriptions to decide that a start
 * has nothing to do without loading a class. Lists are comma-separated (ids and labels hold neither commas nor
 * spaces); {@code fingerprint} (see {@link dev.retort.processor.revision.RevisionFingerprint}) is left out when the
 * revision has none. A description starts with {@code #}, so readers of format 1 take it for a comment.
 *
 * <p>A build that compiles only some files must not lose the revisions it does not compile, so the processor reads
 * the index of the previous build ({@link #read}) and lists those of its revisions that still exist again.
 */
public final class RevisionIndex {

    public static final String RESOURCE = "META-INF/retort/revisions";

    /** The start of the line that describes the class on the line before it. */
    public static final String DESCRIPTION = "#=";

    private RevisionIndex() {}

    /** One class a previous build's index lists, with the fingerprint it gives it (null if none). */
    public record Listed(String className, String fingerprint) {}

    public static String contents(Collection<Known> revisions) {
        StringBuilder text = new StringBuilder("# Revisions of this module, listed by the Retort annotation processor.\n"
                + "# Format 2: each class is followed by a " + DESCRIPTION + " line describing its @Revision.\n");
        revisions.stream().sorted(Comparator.comparing(Known::className)).forEach(known -> text
                .append(known.className()).append('\n')
                .append(DESCRIPTION).append(" id=").append(known.id())
                .append(" parents=").append(String.join(",", known.parents()))
                .append(" dependsOn=").append(String.join(",", known.dependsOn()))
                .append(" branchLabels=").append(String.join(",", known.branchLabels()))
                .append(" transactional=").append(known.transactional())
                .append(known.fingerprint() == null ? "" : " fingerprint=" + known.fingerprint())
                .append('\n'));
        return text.toString();
    }

    /** Writes the index when there is at least one revision. */
    public static void write(Filer filer, Collection<Known> revisions, Reporter reporter) {
        if (revisions.isEmpty()) {
            return;
        }
        try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE).openWriter()) {
            writer.write(contents(revisions));
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
        return readListed(filer, location).stream().map(Listed::className).toList();
    }

    /** {@link #read}, with the fingerprint each class's description gives it (format 2). */
    public static List<Listed> readListed(Filer filer, JavaFileManager.Location location) {
        return PreviousResource.read(filer, location, RESOURCE).map(RevisionIndex::parse).orElse(List.of());
    }

    /** The fingerprints that the index in {@code location} gives its classes, by class name. */
    public static Map<String, String> fingerprints(Filer filer, JavaFileManager.Location location) {
        Map<String, String> fingerprints = new HashMap<>();
        for (Listed listed : readListed(filer, location)) {
            if (listed.fingerprint() != null) {
                fingerprints.put(listed.className(), listed.fingerprint());
            }
        }
        return fingerprints;
    }

    static List<Listed> parse(String text) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith(DESCRIPTION)) {
                if (last != null) {
                    fingerprints.put(last, fingerprintOf(stripped.substring(DESCRIPTION.length())));
                    last = null;
                }
                continue;
            }
            int comment = stripped.indexOf('#');
            String name = (comment < 0 ? stripped : stripped.substring(0, comment)).strip();
            if (!name.isEmpty()) {
                fingerprints.putIfAbsent(name, null);
                last = name;
            }
        }
        List<Listed> listed = new ArrayList<>();
        fingerprints.forEach((className, fingerprint) -> listed.add(new Listed(className, fingerprint)));
        return listed;
    }

    private static String fingerprintOf(String description) {
        for (String field : description.strip().split(" +")) {
            if (field.startsWith("fingerprint=")) {
                return field.substring("fingerprint=".length());
            }
        }
        return null;
    }
}
