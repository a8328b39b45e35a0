package dev.retort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a target asks of a database that has {@code applied} revisions: the revisions to apply or to undo, in the order
 * to run them, or the revisions a stamp records.
 *
 * <p>An upgrade to a revision applies it and everything it needs (parents and dependencies). A downgrade to a revision
 * undoes what continues its branch after it, and whatever needs that; the revision itself, and revisions on other
 * branches that merely depend on it, stay applied.
 */
final class Targets {

    private static final String UPGRADE_FORMS = "upgrade to head, heads, +N, label@+N or a revision";
    private static final String DOWNGRADE_FORMS = "downgrade to base, label@base, -N, label@-N or a revision";

    private Targets() {}

    static List<LoadedRevision> toApply(String target, RevisionGraph graph, Set<String> applied) {
        Target parsed = Target.parse(target, graph);
        if (parsed instanceof Target.Base || parsed instanceof Target.Back) {
            throw new RetortException(target + " is a downgrade target; " + UPGRADE_FORMS);
        }
        List<LoadedRevision> pending = graph.inOrder().stream().filter(r -> !applied.contains(r.id())).toList();
        if (parsed instanceof Target.Head) {
            return needed(List.of(Target.singleHead(graph, "head").id()), graph, pending);
        }
        if (parsed instanceof Target.Heads) {
            return pending;
        }
        if (parsed instanceof Target.Forward forward) {
            List<LoadedRevision> candidates = forward.label() == null
                    ? pending
                    : graph.labels().members(forward.label()).stream().filter(pending::contains).toList();
            if (forward.count() > candidates.size()) {
                throw new RetortException("cannot upgrade " + target + ": only " + candidates.size()
                        + " revision(s)" + (forward.label() == null ? "" : " of branch " + forward.label())
                        + " are not applied yet");
            }
            return needed(ids(candidates.subList(0, forward.count())), graph, pending);
        }
        LoadedRevision revision = ((Target.At) parsed).revision();
        if (applied.contains(revision.id())) {
            Set<String> current = graph.headsOf(applied);
            if (graph.branchDescendants(revision.id()).stream().noneMatch(applied::contains)) {
                return List.of();
            }
            throw new RetortException("cannot upgrade to " + revision.describe() + ": the database is past it, at "
                    + String.join(", ", graph.inOrder(current)) + "; downgrade to go back");
        }
        return needed(List.of(revision.id()), graph, pending);
    }

    static List<LoadedRevision> toUndo(String target, RevisionGraph graph, Set<String> applied) {
        Target parsed = Target.parse(target, graph);
        if (parsed instanceof Target.Head || parsed instanceof Target.Heads || parsed instanceof Target.Forward) {
            throw new RetortException(target + " is an upgrade target; " + DOWNGRADE_FORMS);
        }
        List<LoadedRevision> undoable = new ArrayList<>(graph.inOrder());
        undoable.removeIf(r -> !applied.contains(r.id()));
        Collections.reverse(undoable);
        if (parsed instanceof Target.Base base) {
            return base.label() == null
                    ? undoable
                    : withWhatNeedsThem(ids(graph.labels().members(base.label())), graph, undoable);
        }
        if (parsed instanceof Target.Back back) {
            List<LoadedRevision> candidates = back.label() == null
                    ? undoable
                    : undoable.stream().filter(graph.labels().members(back.label())::contains).toList();
            if (back.count() > candidates.size()) {
                throw new RetortException("cannot downgrade " + target + ": only " + candidates.size()
                        + " revision(s)" + (back.label() == null ? "" : " of branch " + back.label())
                        + " are applied");
            }
            return withWhatNeedsThem(ids(candidates.subList(0, back.count())), graph, undoable);
        }
        LoadedRevision revision = ((Target.At) parsed).revision();
        if (!applied.contains(revision.id())) {
            throw new RetortException("cannot downgrade to " + revision.describe()
                    + ": it is not applied; upgrade to go forward");
        }
        return withWhatNeedsThem(graph.branchDescendants(revision.id()), graph, undoable);
    }

    /** The revisions a stamp to {@code target} records as applied; nothing runs. */
    static Set<String> stamped(String target, RevisionGraph graph, Set<String> applied) {
        Target parsed = Target.parse(target, graph);
        if (parsed instanceof Target.Head) {
            return graph.withAncestors(List.of(Target.singleHead(graph, "head").id()));
        }
        if (parsed instanceof Target.Heads) {
            return graph.withAncestors(ids(graph.inOrder()));
        }
        if (parsed instanceof Target.Base base && base.label() == null) {
            return Set.of();
        }
        if (parsed instanceof Target.At at) {
            return graph.withAncestors(List.of(at.revision().id()));
        }
        Set<String> result = new HashSet<>(applied);
        if (parsed instanceof Target.Forward) {
            result.addAll(ids(toApply(target, graph, applied)));
        } else {
            result.removeAll(ids(toUndo(target, graph, applied)));
        }
        return result;
    }

    /** The pending revisions that {@code wanted} need, themselves included, in the order to apply them. */
    private static List<LoadedRevision> needed(List<String> wanted, RevisionGraph graph,
            List<LoadedRevision> pending) {
        Set<String> needed = graph.withAncestors(wanted);
        return pending.stream().filter(r -> needed.contains(r.id())).toList();
    }

    /** The applied revisions among {@code undo} and those that need them, in the order to undo them. */
    private static List<LoadedRevision> withWhatNeedsThem(Collection<String> undo, RevisionGraph graph,
            List<LoadedRevision> undoable) {
        Set<String> all = graph.withDescendants(undo);
        return undoable.stream().filter(r -> all.contains(r.id())).toList();
    }

    private static List<String> ids(List<LoadedRevision> revisions) {
        return revisions.stream().map(LoadedRevision::id).toList();
    }
}
