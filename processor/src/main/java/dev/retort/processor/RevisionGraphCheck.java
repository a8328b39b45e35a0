package dev.retort.processor;

import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.revision.KnownRevisions.Known;
import dev.retort.processor.revision.RevisionAnnotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the graph of the module's revisions as the runtime will, so that a broken history fails the build instead of
 * the application's boot: every id valid, no id declared twice, every parent declared, and no cycle. Each error is
 * reported on the {@code @Revision} of the class at fault, on the attribute at fault where there is one.
 */
final class RevisionGraphCheck {

    /** The runtime's rule: ids fit the version table's varchar(32) and cannot be mistaken for a target. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_]{1,32}");
    private static final Set<String> TARGET_WORDS = Set.of("head", "heads", "base");
    private static final String ID_RULE =
            "an id is 1 to 32 letters, digits or underscores, and not head, heads or base";

    private final Elements elements;
    private final Reporter reporter;
    private Boolean sound;
    private boolean failed;

    RevisionGraphCheck(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /**
     * Checks the graph the first time it is asked; later it gives the first answer again, as the revisions added
     * since are generated ones, sound by construction, and every problem is reported once.
     *
     * @param otherIds ids of revisions outside the module (listed by an index on the class path) that a parent may
     *     name without being unknown
     * @return whether the graph is sound; otherwise every problem was reported
     */
    boolean check(KnownRevisions known, Set<String> otherIds) {
        if (sound == null) {
            run(known.all(), otherIds);
            sound = !failed;
        }
        return sound;
    }

    boolean hasChecked() {
        return sound != null;
    }

    private void run(Collection<Known> revisions, Set<String> otherIds) {
        Map<Known, Source> sources = new LinkedHashMap<>();
        for (Known revision : revisions) {
            source(revision).ifPresent(source -> sources.put(revision, source));
        }
        sources.forEach(this::checkIds);
        Map<String, List<Known>> byId = new TreeMap<>();
        revisions.forEach(revision -> byId.computeIfAbsent(revision.id(), id -> new ArrayList<>()).add(revision));
        boolean duplicates = reportDuplicates(byId, sources);
        sources.forEach((revision, source) -> reportUnknownParents(revision, source, byId.keySet(), otherIds));
        if (!duplicates) {
            reportCycles(byId, sources);
        }
    }

    /** The element and annotation to point at; a revision whose class is gone cannot be pointed at, nor be wrong. */
    private record Source(TypeElement type, RevisionAnnotation annotation) {}

    private Optional<Source> source(Known revision) {
        TypeElement type = elements.getTypeElement(revision.className());
        if (type == null) {
            return Optional.empty();
        }
        if (!revision.compiled()) {
            reporter.outsideCompilation(type);
        }
        return RevisionAnnotation.of(type, elements).map(annotation -> new Source(type, annotation));
    }

    private void checkIds(Known revision, Source source) {
        RevisionAnnotation annotation = source.annotation();
        if (!isValid(annotation.id())) {
            error(source, annotation.idValue(), Message.INVALID_REVISION, revision.className(),
                    "declares id '" + annotation.id() + "'; " + ID_RULE);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < annotation.parents().size(); i++) {
            String parent = annotation.parents().get(i);
            AnnotationValue value = annotation.parentValues().get(i);
            if (!isValid(parent)) {
                error(source, value, Message.INVALID_REVISION, revision.className(),
                        "declares parent '" + parent + "'; " + ID_RULE);
            } else if (!seen.add(parent)) {
                error(source, value, Message.INVALID_REVISION, revision.className(),
                        "names parent " + parent + " twice");
            }
        }
    }

    private boolean reportDuplicates(Map<String, List<Known>> byId, Map<Known, Source> sources) {
        boolean any = false;
        for (Map.Entry<String, List<Known>> entry : byId.entrySet()) {
            List<Known> declaring = entry.getValue();
            if (declaring.size() < 2) {
                continue;
            }
            any = true;
            for (Known revision : declaring) {
                String others = declaring.stream()
                        .filter(other -> other != revision)
                        .map(Known::className)
                        .collect(Collectors.joining(" and "));
                Source source = sources.get(revision);
                if (source != null) {
                    error(source, source.annotation().idValue(), Message.DUPLICATE_REVISION_ID, entry.getKey(),
                            revision.className(), others);
                }
            }
        }
        return any;
    }

    private void reportUnknownParents(Known revision, Source source, Set<String> ids, Set<String> otherIds) {
        RevisionAnnotation annotation = source.annotation();
        for (int i = 0; i < annotation.parents().size(); i++) {
            String parent = annotation.parents().get(i);
            if (isValid(parent) && !ids.contains(parent) && !otherIds.contains(parent)) {
                error(source, annotation.parentValues().get(i), Message.UNKNOWN_PARENT, revision.describe(), parent,
                        "is its id mistyped, or was the revision that declared it deleted?");
            }
        }
    }

    /**
     * Kahn's algorithm places every revision that is not on a cycle or after one; of the others, each that leads back
     * to itself through its parents is on a cycle, and is told the shortest one.
     */
    private void reportCycles(Map<String, List<Known>> byId, Map<Known, Source> sources) {
        Map<String, Known> revisions = new TreeMap<>();
        byId.forEach((id, declaring) -> revisions.put(id, declaring.get(0)));
        Map<String, List<String>> parents = new HashMap<>();
        revisions.forEach((id, revision) -> parents.put(id, revision.parents().stream()
                .filter(revisions::containsKey).distinct().toList()));
        Set<String> unplaced = unplaced(parents);
        for (String id : new TreeSet<>(unplaced)) {
            List<String> cycle = cycleThrough(id, parents, unplaced);
            Source source = sources.get(revisions.get(id));
            if (!cycle.isEmpty() && source != null) {
                List<String> links = new ArrayList<>();
                for (int i = 0; i < cycle.size(); i++) {
                    links.add(revisions.get(cycle.get(i)).describe() + " has parent "
                            + cycle.get((i + 1) % cycle.size()));
                }
                error(source, null, Message.REVISION_CYCLE, revisions.get(id).describe(), String.join(", ", links));
            }
        }
    }

    private static Set<String> unplaced(Map<String, List<String>> parents) {
        Map<String, Integer> unplacedParents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        parents.forEach((id, own) -> {
            unplacedParents.put(id, own.size());
            own.forEach(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id));
            if (own.isEmpty()) {
                ready.add(id);
            }
        });
        Set<String> unplaced = new HashSet<>(parents.keySet());
        while (!ready.isEmpty()) {
            String id = ready.pop();
            unplaced.remove(id);
            for (String child : children.getOrDefault(id, List.of())) {
                if (unplacedParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        return unplaced;
    }

    /** The shortest walk from {@code start} through parents back to it, starting with it; empty when there is none. */
    private static List<String> cycleThrough(String start, Map<String, List<String>> parents, Set<String> among) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String id = pending.poll();
            for (String parent : parents.get(id)) {
                if (parent.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    for (String step = id; step != null; step = reachedFrom.get(step)) {
                        cycle.add(0, step);
                    }
                    return cycle;
                }
                if (among.contains(parent) && !reachedFrom.containsKey(parent)) {
                    reachedFrom.put(parent, id);
                    pending.add(parent);
                }
            }
        }
        return List.of();
    }

    private void error(Source source, AnnotationValue value, Message message, Object... args) {
        failed = true;
        reporter.report(source.type(), source.annotation().mirror(), value, message, args);
    }

    private static boolean isValid(String id) {
        return ID.matcher(id).matches() && !TARGET_WORDS.contains(id);
    }
}
