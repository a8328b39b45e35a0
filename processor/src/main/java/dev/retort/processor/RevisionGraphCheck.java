package dev.retort.processor;

import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.revision.KnownRevisions.Known;
import dev.retort.processor.revision.RevisionAnnotation;
import dev.retort.processor.revision.RevisionAnnotation.Names;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the graph of the module's revisions as the runtime will, so that a broken history fails the build instead of
 * the application's boot: every id and branch label valid, no id or label declared twice, every parent and dependency
 * declared, and no cycle through parents or dependencies. Each error is reported on the {@code @Revision} of the class
 * at fault, on the attribute value at fault where there is one.
 */
final class RevisionGraphCheck {

    /** The runtime's rules: ids fit the version table's varchar(32); neither ids nor labels look like targets. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_]{1,32}");
    private static final Pattern LABEL = Pattern.compile("[0-9A-Za-z_]{1,64}");
    private static final Set<String> TARGET_WORDS = Set.of("head", "heads", "base", "current");
    private static final String ID_RULE =
            "an id is 1 to 32 letters, digits or underscores, and not head, heads, base or current";
    private static final String LABEL_RULE =
            "a label is 1 to 64 letters, digits or underscores, and not head, heads, base or current";
    private static final String MISSING = "is its id mistyped, or was the revision that declared it deleted?";

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
     * @param otherIds ids of revisions outside the module (listed by an index on the class path) that a parent or a
     *     dependency may name without being unknown
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
        sources.forEach(this::checkDeclarations);
        Map<String, List<Known>> byId = new TreeMap<>();
        revisions.forEach(revision -> byId.computeIfAbsent(revision.id(), id -> new ArrayList<>()).add(revision));
        boolean duplicates = reportDuplicates(byId, sources);
        sources.forEach((revision, source) -> reportUnknownLinks(revision, source, byId.keySet(), otherIds));
        reportLabels(revisions, byId, sources);
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

    /** What one annotation can get wrong on its own: invalid ids and labels, a revision named twice. */
    private void checkDeclarations(Known revision, Source source) {
        RevisionAnnotation annotation = source.annotation();
        String className = revision.className();
        if (!isValidId(annotation.id())) {
            error(source, annotation.idValue(), Message.INVALID_REVISION, className,
                    "declares id '" + annotation.id() + "'; " + ID_RULE);
        }
        Set<String> named = new HashSet<>();
        Names parents = annotation.parents();
        for (int i = 0; i < parents.size(); i++) {
            String parent = parents.get(i);
            if (!isValidId(parent)) {
                error(source, parents.valueAt(i), Message.INVALID_REVISION, className,
                        "declares parent '" + parent + "'; " + ID_RULE);
            } else if (!named.add(parent)) {
                error(source, parents.valueAt(i), Message.INVALID_REVISION, className, "names parent " + parent
                        + " twice");
            }
        }
        Names dependencies = annotation.dependsOn();
        for (int i = 0; i < dependencies.size(); i++) {
            String dependency = dependencies.get(i);
            if (!isValidId(dependency)) {
                error(source, dependencies.valueAt(i), Message.INVALID_REVISION, className,
                        "declares dependency '" + dependency + "'; " + ID_RULE);
            } else if (!named.add(dependency)) {
                error(source, dependencies.valueAt(i), Message.INVALID_REVISION, className, "names " + dependency
                        + (parents.values().contains(dependency) ? " both as a parent and as a dependency"
                                : " as a dependency twice"));
            }
        }
        Set<String> labels = new HashSet<>();
        Names branchLabels = annotation.branchLabels();
        for (int i = 0; i < branchLabels.size(); i++) {
            String label = branchLabels.get(i);
            if (!LABEL.matcher(label).matches() || TARGET_WORDS.contains(label)) {
                error(source, branchLabels.valueAt(i), Message.INVALID_REVISION, className,
                        "declares branch label '" + label + "'; " + LABEL_RULE);
            } else if (!labels.add(label)) {
                error(source, branchLabels.valueAt(i), Message.INVALID_REVISION, className,
                        "declares branch label " + label + " twice");
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
                Source source = sources.get(revision);
                if (source != null) {
                    error(source, source.annotation().idValue(), Message.DUPLICATE_REVISION_ID, entry.getKey(),
                            revision.className(), others(declaring, revision, Known::className));
                }
            }
        }
        return any;
    }

    private void reportUnknownLinks(Known revision, Source source, Set<String> ids, Set<String> otherIds) {
        RevisionAnnotation annotation = source.annotation();
        Names parents = annotation.parents();
        for (int i = 0; i < parents.size(); i++) {
            String parent = parents.get(i);
            if (isValidId(parent) && !ids.contains(parent) && !otherIds.contains(parent)) {
                error(source, parents.valueAt(i), Message.UNKNOWN_PARENT, revision.describe(), parent, MISSING);
            }
        }
        Names dependencies = annotation.dependsOn();
        for (int i = 0; i < dependencies.size(); i++) {
            String dependency = dependencies.get(i);
            if (isValidId(dependency) && !ids.contains(dependency) && !otherIds.contains(dependency)) {
                error(source, dependencies.valueAt(i), Message.UNKNOWN_DEPENDENCY, revision.describe(), dependency,
                        MISSING);
            }
        }
    }

    /** A label is declared once in the module and never equals a revision id, or targets would be ambiguous. */
    private void reportLabels(Collection<Known> revisions, Map<String, List<Known>> byId, Map<Known, Source> sources) {
        Map<String, List<Known>> declaring = new TreeMap<>();
        revisions.forEach(revision -> new TreeSet<>(revision.branchLabels())
                .forEach(label -> declaring.computeIfAbsent(label, l -> new ArrayList<>()).add(revision)));
        declaring.forEach((label, declarers) -> {
            for (Known revision : declarers) {
                Source source = sources.get(revision);
                if (source == null) {
                    continue;
                }
                AnnotationValue value = labelValue(source, label);
                if (declarers.size() > 1) {
                    error(source, value, Message.DUPLICATE_BRANCH_LABEL, label, revision.describe(),
                            others(declarers, revision, Known::describe));
                }
                if (byId.containsKey(label)) {
                    error(source, value, Message.INVALID_REVISION, revision.className(), "declares branch label "
                            + label + ", which is the id of revision " + byId.get(label).get(0).describe()
                            + "; a label cannot be an id, or targets would be ambiguous");
                }
            }
        });
    }

    /**
     * Kahn's algorithm places every revision that is not on a cycle or after one; of the others, each that leads back
     * to itself through its parents and dependencies is on a cycle, and is told the shortest one.
     */
    private void reportCycles(Map<String, List<Known>> byId, Map<Known, Source> sources) {
        Map<String, Known> revisions = new TreeMap<>();
        byId.forEach((id, declaring) -> revisions.put(id, declaring.get(0)));
        Map<String, List<String>> before = new HashMap<>();
        revisions.forEach((id, revision) -> before.put(id, Stream.concat(revision.parents().stream(),
                        revision.dependsOn().stream())
                .filter(revisions::containsKey).distinct().toList()));
        Set<String> unplaced = unplaced(before);
        for (String id : new TreeSet<>(unplaced)) {
            List<String> cycle = cycleThrough(id, before, unplaced);
            Source source = sources.get(revisions.get(id));
            if (!cycle.isEmpty() && source != null) {
                List<String> links = new ArrayList<>();
                for (int i = 0; i < cycle.size(); i++) {
                    Known revision = revisions.get(cycle.get(i));
                    String next = cycle.get((i + 1) % cycle.size());
                    links.add(revision.describe() + (revision.parents().contains(next) ? " has parent " : " depends on ")
                            + next);
                }
                error(source, null, Message.REVISION_CYCLE, revisions.get(id).describe(), String.join(", ", links));
            }
        }
    }

    private static Set<String> unplaced(Map<String, List<String>> before) {
        Map<String, Integer> unplacedBefore = new HashMap<>();
        Map<String, List<String>> after = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        before.forEach((id, own) -> {
            unplacedBefore.put(id, own.size());
            own.forEach(earlier -> after.computeIfAbsent(earlier, p -> new ArrayList<>()).add(id));
            if (own.isEmpty()) {
                ready.add(id);
            }
        });
        Set<String> unplaced = new HashSet<>(before.keySet());
        while (!ready.isEmpty()) {
            String id = ready.pop();
            unplaced.remove(id);
            for (String later : after.getOrDefault(id, List.of())) {
                if (unplacedBefore.merge(later, -1, Integer::sum) == 0) {
                    ready.add(later);
                }
            }
        }
        return unplaced;
    }

    /** The shortest walk from {@code start} through what comes before back to it, starting with it; else empty. */
    private static List<String> cycleThrough(String start, Map<String, List<String>> before, Set<String> among) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String id = pending.poll();
            for (String earlier : before.get(id)) {
                if (earlier.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    for (String step = id; step != null; step = reachedFrom.get(step)) {
                        cycle.add(0, step);
                    }
                    return cycle;
                }
                if (among.contains(earlier) && !reachedFrom.containsKey(earlier)) {
                    reachedFrom.put(earlier, id);
                    pending.add(earlier);
                }
            }
        }
        return List.of();
    }

    private static AnnotationValue labelValue(Source source, String label) {
        Names labels = source.annotation().branchLabels();
        int index = labels.values().indexOf(label);
        return index < 0 ? null : labels.valueAt(index);
    }

    private static String others(List<Known> declaring, Known revision,
            Function<Known, String> name) {
        return declaring.stream().filter(other -> other != revision).map(name).collect(Collectors.joining(" and "));
    }

    private void error(Source source, AnnotationValue value, Message message, Object... args) {
        failed = true;
        reporter.report(source.type(), source.annotation().mirror(), value, message, args);
    }

    private static boolean isValidId(String id) {
        return ID.matcher(id).matches() && !TARGET_WORDS.contains(id);
    }
}
