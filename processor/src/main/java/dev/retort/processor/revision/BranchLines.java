package dev.retort.processor.revision;

import dev.retort.processor.revision.KnownRevisions.Known;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The heads of the history grouped into lines, as Alembic sees branches: a branch with a label of its own is a line
 * of its own, meant to stay apart (its heads are reached with {@code label@head}); heads that carry the same labels
 * (usually none) are the ends of one line that forked, typically because two git branches each added a revision.
 * Only the heads of one line are merged.
 *
 * <p>The labels of a revision are those the runtime gives it: a label declared on a revision applies to it, to every
 * revision after it through parent links, and to the revisions before it up to, not including, the previous branch
 * point or merge.
 */
public final class BranchLines {

    /**
     * One line: its labels (none for the unlabelled line) and its heads.
     *
     * @param labels the branch labels its heads carry, sorted
     * @param heads the ids of its heads, sorted
     */
    public record Line(List<String> labels, SortedSet<String> heads) {

        public Line {
            labels = List.copyOf(labels);
            heads = new TreeSet<>(heads);
        }

        public boolean isForked() {
            return heads.size() > 1;
        }

        /** {@code the unlabelled line} or {@code the line labelled billing} */
        public String describe() {
            return labels.isEmpty() ? "the unlabelled line" : "the line labelled " + String.join(", ", labels);
        }
    }

    private BranchLines() {}

    /** The lines of the heads ({@link KnownRevisions#heads()}), in the order of their labels. */
    public static List<Line> of(KnownRevisions known) {
        Map<String, SortedSet<String>> labels = labels(known.all());
        Map<List<String>, SortedSet<String>> byLabels = new TreeMap<>((a, b) -> String.join(",", a)
                .compareTo(String.join(",", b)));
        for (String head : known.heads()) {
            List<String> key = List.copyOf(labels.getOrDefault(head, new TreeSet<>()));
            byLabels.computeIfAbsent(key, k -> new TreeSet<>()).add(head);
        }
        List<Line> lines = new ArrayList<>();
        byLabels.forEach((key, heads) -> lines.add(new Line(key, heads)));
        return lines;
    }

    /** The lines with several heads: those a merge revision joins. */
    public static List<Line> forked(KnownRevisions known) {
        return of(known).stream().filter(Line::isForked).toList();
    }

    /**
     * The labels that apply to each revision, by id.
     *
     * @param revisions a sound graph (ids unique, parents known)
     */
    static Map<String, SortedSet<String>> labels(Collection<Known> revisions) {
        Map<String, Known> byId = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (Known revision : revisions) {
            byId.put(revision.id(), revision);
            revision.parents().forEach(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>())
                    .add(revision.id()));
        }
        Map<String, SortedSet<String>> labels = new HashMap<>();
        for (Known revision : revisions) {
            if (revision.branchLabels().isEmpty()) {
                continue;
            }
            Set<String> reach = descendants(revision.id(), children);
            Known current = revision;
            while (current.parents().size() == 1 && byId.containsKey(current.parents().get(0))) {
                Known parent = byId.get(current.parents().get(0));
                if (children.getOrDefault(parent.id(), List.of()).size() > 1 || parent.parents().size() > 1) {
                    break;
                }
                reach.add(parent.id());
                current = parent;
            }
            reach.forEach(id -> labels.computeIfAbsent(id, k -> new TreeSet<>()).addAll(revision.branchLabels()));
        }
        return labels;
    }

    /** {@code id} and every revision after it through parent links. */
    private static Set<String> descendants(String id, Map<String, List<String>> children) {
        Set<String> seen = new HashSet<>(List.of(id));
        Deque<String> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty()) {
            for (String child : children.getOrDefault(pending.pop(), List.of())) {
                if (seen.add(child)) {
                    pending.push(child);
                }
            }
        }
        return seen;
    }
}
