package dev.retort;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The revisions and the parent links between them, checked when built: ids are unique, parents exist, and there is no
 * cycle. Revisions are kept in a topological order (parents first) that breaks ties by class name, which starts with
 * a timestamp, so that every run agrees on it.
 */
final class RevisionGraph {

    private final Map<String, LoadedRevision> byId;
    private final Map<String, List<String>> children;
    private final List<LoadedRevision> order;

    private RevisionGraph(Map<String, LoadedRevision> byId, Map<String, List<String>> children,
            List<LoadedRevision> order) {
        this.byId = byId;
        this.children = children;
        this.order = order;
    }

    static RevisionGraph of(List<LoadedRevision> revisions) {
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        for (LoadedRevision revision : revisions) {
            LoadedRevision other = byId.putIfAbsent(revision.id(), revision);
            if (other != null) {
                throw new RetortException("revision id " + revision.id() + " is declared by both "
                        + other.className() + " and " + revision.className());
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (LoadedRevision revision : revisions) {
            children.putIfAbsent(revision.id(), new ArrayList<>());
            for (String parent : revision.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new RetortException("revision " + revision.describe() + " has parent " + parent
                            + ", which no revision declares");
                }
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(revision.id());
            }
        }
        return new RevisionGraph(byId, children, topologicalOrder(byId, children));
    }

    /** Every revision, parents before children. */
    List<LoadedRevision> inOrder() {
        return order;
    }

    /** The revisions no other revision follows, in topological order. */
    List<LoadedRevision> heads() {
        return order.stream().filter(r -> children.get(r.id()).isEmpty()).toList();
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * The revision with this id, or else the one whose id starts with it.
     *
     * @throws RetortException when no revision matches, or several start with the prefix
     */
    LoadedRevision resolve(String idOrPrefix) {
        LoadedRevision exact = byId.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<LoadedRevision> candidates = order.stream().filter(r -> r.id().startsWith(idOrPrefix)).toList();
        if (candidates.isEmpty()) {
            throw new RetortException("no revision has the id or id prefix '" + idOrPrefix + "'");
        }
        if (candidates.size() > 1) {
            throw new RetortException("the id prefix '" + idOrPrefix + "' is ambiguous: it matches "
                    + describe(candidates));
        }
        return candidates.get(0);
    }

    /** The given revisions and all their ancestors. */
    Set<String> withAncestors(Collection<String> ids) {
        return reachable(ids, id -> byId.get(id).parents());
    }

    /** The revisions that follow {@code id}, directly or not; without {@code id} itself. */
    Set<String> descendants(String id) {
        return reachable(children.get(id), children::get);
    }

    /** The members of {@code applied} that no other member follows: the rows of the version table. */
    Set<String> headsOf(Set<String> applied) {
        return applied.stream()
                .filter(id -> children.get(id).stream().noneMatch(applied::contains))
                .collect(Collectors.toSet());
    }

    /** The revisions, in topological order, with their classes: {@code a1 (com.example.A), b2 (com.example.B)}. */
    static String describe(Collection<LoadedRevision> revisions) {
        return revisions.stream().map(LoadedRevision::describe).collect(Collectors.joining(", "));
    }

    private static Set<String> reachable(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            for (String id : next.apply(pending.pop())) {
                if (seen.add(id)) {
                    pending.push(id);
                }
            }
        }
        return seen;
    }

    /** Kahn's algorithm, taking the smallest class name among the revisions whose parents are all placed. */
    private static List<LoadedRevision> topologicalOrder(Map<String, LoadedRevision> byId,
            Map<String, List<String>> children) {
        Map<String, Integer> unplacedParents = new HashMap<>();
        PriorityQueue<LoadedRevision> ready = new PriorityQueue<>(
                Comparator.comparing(LoadedRevision::className).thenComparing(LoadedRevision::id));
        for (LoadedRevision revision : byId.values()) {
            unplacedParents.put(revision.id(), revision.parents().size());
            if (revision.parents().isEmpty()) {
                ready.add(revision);
            }
        }
        List<LoadedRevision> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            LoadedRevision revision = ready.poll();
            order.add(revision);
            for (String child : children.get(revision.id())) {
                if (unplacedParents.merge(child, -1, Integer::sum) == 0) {
                    ready.add(byId.get(child));
                }
            }
        }
        if (order.size() < byId.size()) {
            Set<String> unplaced = new HashSet<>(byId.keySet());
            order.forEach(r -> unplaced.remove(r.id()));
            throw cycle(byId, unplaced);
        }
        return List.copyOf(order);
    }

    /**
     * Names one cycle among the revisions Kahn's algorithm could not place. Each of them has an unplaced parent, so
     * walking from parent to unplaced parent must come back to a revision already seen.
     */
    private static RetortException cycle(Map<String, LoadedRevision> byId, Set<String> unplaced) {
        List<String> path = new ArrayList<>();
        String current = unplaced.stream().sorted().findFirst().orElseThrow();
        while (!path.contains(current)) {
            path.add(current);
            current = byId.get(current).parents().stream().filter(unplaced::contains).findFirst().orElseThrow();
        }
        List<String> cycle = path.subList(path.indexOf(current), path.size());
        List<String> links = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            links.add(byId.get(cycle.get(i)).describe() + " has parent " + cycle.get((i + 1) % cycle.size()));
        }
        return new RetortException("the revisions form a cycle: " + String.join(", ", links));
    }
}
