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
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The revisions and the links between them, checked when built: ids are unique, parents and dependencies exist, and
 * there is no cycle. Revisions are kept in a topological order (parents and dependencies first) that breaks ties by
 * class name, which starts with a timestamp, so that every run agrees on it.
 *
 * <p>A parent link continues a branch; a {@code dependsOn} link only orders two branches (as in Alembic). Both count
 * for what must be applied first, what must be undone first and for the rows of the version table; only parent links
 * make branches, branch points and labelled branches.
 */
final class RevisionGraph {

    private final Map<String, LoadedRevision> byId;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final List<LoadedRevision> order;
    private final BranchLabels labels;

    private RevisionGraph(Map<String, LoadedRevision> byId, Map<String, List<String>> children,
            Map<String, List<String>> dependents, List<LoadedRevision> order) {
        this.byId = byId;
        this.children = children;
        this.dependents = dependents;
        this.order = order;
        this.labels = BranchLabels.of(this);
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
        Map<String, List<String>> dependents = new HashMap<>();
        for (LoadedRevision revision : revisions) {
            children.putIfAbsent(revision.id(), new ArrayList<>());
            dependents.putIfAbsent(revision.id(), new ArrayList<>());
        }
        for (LoadedRevision revision : revisions) {
            for (String parent : revision.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new RetortException("revision " + revision.describe() + " has parent " + parent
                            + ", which no revision declares");
                }
                children.get(parent).add(revision.id());
            }
            for (String dependency : revision.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new RetortException("revision " + revision.describe() + " depends on " + dependency
                            + ", which no revision declares");
                }
                dependents.get(dependency).add(revision.id());
            }
        }
        return new RevisionGraph(byId, children, dependents, topologicalOrder(byId, children, dependents));
    }

    /** Every revision, parents and dependencies before the revisions that need them. */
    List<LoadedRevision> inOrder() {
        return order;
    }

    /**
     * The revisions nothing follows or depends on, in topological order: where {@code upgrade heads} ends. A revision
     * that only another branch depends on is not a head (Alembic calls it an "effective head"): the version table keeps
     * no row for it once its dependent is applied.
     */
    List<LoadedRevision> heads() {
        List<LoadedRevision> heads = new ArrayList<>();
        for (LoadedRevision revision : order) {
            if (children.get(revision.id()).isEmpty() && dependents.get(revision.id()).isEmpty()) {
                heads.add(revision);
            }
        }
        return heads;
    }

    /** How many revisions there are. */
    int size() {
        return order.size();
    }

    /** The revisions that more than one revision names as parent, in topological order. */
    List<LoadedRevision> branchPoints() {
        return order.stream().filter(r -> children.get(r.id()).size() > 1).toList();
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    LoadedRevision get(String id) {
        return byId.get(id);
    }

    /** The ids of the revisions that name {@code id} as a parent, in topological order. */
    List<String> children(String id) {
        return inOrder(children.get(id));
    }

    /** The ids of the revisions that depend on {@code id}, in topological order. */
    List<String> dependents(String id) {
        return inOrder(dependents.get(id));
    }

    BranchLabels labels() {
        return labels;
    }

    /**
     * The revision with this id, else the one declaring this branch label, else the one whose id starts with it.
     *
     * @throws RetortException when nothing matches, or several ids start with the prefix
     */
    LoadedRevision resolve(String reference) {
        LoadedRevision exact = byId.get(reference);
        if (exact != null) {
            return exact;
        }
        LoadedRevision labelled = labels.declaredBy(reference);
        if (labelled != null) {
            return labelled;
        }
        return resolvePrefix(reference, order, "");
    }

    /** The one revision among {@code candidates} whose id starts with {@code prefix}; {@code where} for messages. */
    static LoadedRevision resolvePrefix(String prefix, List<LoadedRevision> candidates, String where) {
        List<LoadedRevision> matches = candidates.stream().filter(r -> r.id().startsWith(prefix)).toList();
        if (matches.isEmpty()) {
            throw new RetortException("no revision" + where + " has the id, id prefix or branch label '" + prefix
                    + "'");
        }
        if (matches.size() > 1) {
            throw new RetortException("the id prefix '" + prefix + "' is ambiguous: it matches " + describe(matches));
        }
        return matches.get(0);
    }

    /** The given revisions and everything they need: their parents and dependencies, directly or not. */
    Set<String> withAncestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>(ids);
        Deque<String> pending = new ArrayDeque<>(ids);
        while (!pending.isEmpty()) {
            LoadedRevision revision = byId.get(pending.pop());
            for (String id : revision.parents()) {
                if (seen.add(id)) {
                    pending.push(id);
                }
            }
            for (String id : revision.dependsOn()) {
                if (seen.add(id)) {
                    pending.push(id);
                }
            }
        }
        return seen;
    }

    /** The given revisions and everything that needs them: their children and dependents, directly or not. */
    Set<String> withDescendants(Collection<String> ids) {
        return reachable(ids, id -> concat(children.get(id), dependents.get(id)));
    }

    /** The revisions that continue {@code id}'s branches through parent links; without {@code id} itself. */
    Set<String> branchDescendants(String id) {
        return reachable(children.get(id), children::get);
    }

    /**
     * The members of {@code applied} that no other member follows or depends on: the rows of the version table. A
     * revision another branch depends on has no row of its own once that dependent is applied, as in Alembic.
     */
    Set<String> headsOf(Set<String> applied) {
        return applied.stream().filter(id -> isSink(id, applied::contains)).collect(Collectors.toSet());
    }

    /** {@code revisions}, which are ids of this graph, in topological order. */
    List<String> inOrder(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return order.stream().map(LoadedRevision::id).filter(wanted::contains).toList();
    }

    RevisionInfo info(LoadedRevision revision, boolean applied) {
        return new RevisionInfo(revision.id(), revision.parents(), revision.message(), revision.className(), applied,
                revision.dependsOn(), labels.of(revision.id()), revision.transactional());
    }

    /** The revisions, with their classes: {@code a1 (com.example.A), b2 (com.example.B)}. */
    static String describe(Collection<LoadedRevision> revisions) {
        return revisions.stream().map(LoadedRevision::describe).collect(Collectors.joining(", "));
    }

    private boolean isSink(String id, Predicate<String> among) {
        return children.get(id).stream().noneMatch(among) && dependents.get(id).stream().noneMatch(among);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
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
            Map<String, List<String>> children, Map<String, List<String>> dependents) {
        Map<String, Integer> unplaced = new HashMap<>();
        PriorityQueue<LoadedRevision> ready = new PriorityQueue<>(new ByClassName());
        for (LoadedRevision revision : byId.values()) {
            int before = revision.parents().size() + revision.dependsOn().size();
            unplaced.put(revision.id(), before);
            if (before == 0) {
                ready.add(revision);
            }
        }
        List<LoadedRevision> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            LoadedRevision revision = ready.poll();
            order.add(revision);
            for (List<String> followers : List.of(children.get(revision.id()), dependents.get(revision.id()))) {
                for (String next : followers) {
                    int left = unplaced.get(next) - 1;
                    unplaced.put(next, left);
                    if (left == 0) {
                        ready.add(byId.get(next));
                    }
                }
            }
        }
        if (order.size() < byId.size()) {
            Set<String> left = new HashSet<>(byId.keySet());
            order.forEach(r -> left.remove(r.id()));
            throw cycle(byId, left);
        }
        return List.copyOf(order);
    }

    /** Class name, then id: the order among revisions that are free to go first. */
    private static final class ByClassName implements Comparator<LoadedRevision> {
        @Override
        public int compare(LoadedRevision a, LoadedRevision b) {
            int byName = a.className().compareTo(b.className());
            return byName != 0 ? byName : a.id().compareTo(b.id());
        }
    }

    /**
     * Names one cycle among the revisions Kahn's algorithm could not place. Each of them has an unplaced parent or
     * dependency, so walking from one to the next must come back to a revision already seen.
     */
    private static RetortException cycle(Map<String, LoadedRevision> byId, Set<String> unplaced) {
        List<String> path = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String current = unplaced.stream().sorted().findFirst().orElseThrow();
        while (!path.contains(current)) {
            path.add(current);
            LoadedRevision revision = byId.get(current);
            String parent = revision.parents().stream().filter(unplaced::contains).findFirst().orElse(null);
            String next = parent != null
                    ? parent
                    : revision.dependsOn().stream().filter(unplaced::contains).findFirst().orElseThrow();
            links.add(revision.describe() + (parent != null ? " has parent " : " depends on ") + next);
            current = next;
        }
        return new RetortException("the revisions form a cycle: "
                + String.join(", ", links.subList(path.indexOf(current), links.size())));
    }
}
