package dev.retort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The branch labels of a history, with Alembic's reach: a label declared on a revision applies to it, to every revision
 * after it through parent links, and to the revisions before it up to, not including, the previous branch point or
 * merge. A label is declared once, and never equals a revision id.
 */
final class BranchLabels {

    private final Map<String, LoadedRevision> declaredBy;
    private final Map<String, Set<String>> labelsOf;
    private final RevisionGraph graph;

    private BranchLabels(Map<String, LoadedRevision> declaredBy, Map<String, Set<String>> labelsOf,
            RevisionGraph graph) {
        this.declaredBy = declaredBy;
        this.labelsOf = labelsOf;
        this.graph = graph;
    }

    static BranchLabels of(RevisionGraph graph) {
        Map<String, LoadedRevision> declaredBy = new HashMap<>();
        Map<String, Set<String>> labelsOf = new HashMap<>();
        for (LoadedRevision revision : graph.inOrder()) {
            for (String label : revision.branchLabels()) {
                LoadedRevision other = declaredBy.putIfAbsent(label, revision);
                if (other != null) {
                    throw new RetortException("branch label " + label + " is declared by both " + other.describe()
                            + " and " + revision.describe());
                }
                if (graph.contains(label)) {
                    throw new RetortException("branch label " + label + " of revision " + revision.describe()
                            + " is also the id of revision " + graph.get(label).describe());
                }
            }
        }
        for (LoadedRevision revision : graph.inOrder()) {
            if (revision.branchLabels().isEmpty()) {
                continue;
            }
            List<String> reach = new ArrayList<>(graph.branchDescendants(revision.id()));
            reach.add(revision.id());
            LoadedRevision current = revision;
            while (current.parents().size() == 1) {
                LoadedRevision parent = graph.get(current.parents().get(0));
                if (graph.children(parent.id()).size() > 1 || parent.parents().size() > 1) {
                    break;
                }
                reach.add(parent.id());
                current = parent;
            }
            for (String id : reach) {
                labelsOf.computeIfAbsent(id, k -> new TreeSet<>()).addAll(revision.branchLabels());
            }
        }
        return new BranchLabels(declaredBy, labelsOf, graph);
    }

    /** The revision that declares {@code label}; null when no revision does. */
    LoadedRevision declaredBy(String label) {
        return declaredBy.get(label);
    }

    /** The labels that apply to the revision, sorted. */
    List<String> of(String id) {
        return List.copyOf(labelsOf.getOrDefault(id, Set.of()));
    }

    /**
     * The revisions {@code label} applies to, in topological order.
     *
     * @throws RetortException when no revision declares the label
     */
    List<LoadedRevision> members(String label) {
        if (!declaredBy.containsKey(label)) {
            List<String> known = new ArrayList<>(new TreeSet<>(declaredBy.keySet()));
            throw new RetortException("no revision declares the branch label '" + label + "'"
                    + (known.isEmpty() ? "; the history has no branch labels" : "; the labels are "
                    + String.join(", ", known)));
        }
        return graph.inOrder().stream().filter(r -> labelsOf.getOrDefault(r.id(), Set.of()).contains(label)).toList();
    }

    /**
     * The last revision of the labelled branch: the member no other member follows through a parent link.
     *
     * @throws RetortException when the label is unknown, or its branch splits into several heads
     */
    LoadedRevision head(String label) {
        List<LoadedRevision> members = members(label);
        Set<String> ids = new HashSet<>();
        members.forEach(r -> ids.add(r.id()));
        List<LoadedRevision> heads = members.stream()
                .filter(r -> graph.children(r.id()).stream().noneMatch(ids::contains))
                .toList();
        if (heads.size() > 1) {
            throw new RetortException("branch " + label + " has " + heads.size() + " heads, "
                    + RevisionGraph.describe(heads) + "; name one of them by id");
        }
        return heads.get(0);
    }
}
