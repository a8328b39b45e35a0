package dev.retort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a target asks for. An upgrade goes to {@code head}, {@code heads}, {@code +N} or a revision (by id or unique
 * id prefix); a downgrade to {@code -N}, {@code base} or a revision. The answer is the revisions to apply, or to undo,
 * in the order to run them.
 */
final class Targets {

    private Targets() {}

    static List<LoadedRevision> toApply(String target, RevisionGraph graph, Set<String> applied) {
        if (isDowngradeTarget(target)) {
            throw new RetortException(target + " is a downgrade target; upgrade to head, heads, +N or a revision");
        }
        List<LoadedRevision> pending = graph.inOrder().stream().filter(r -> !applied.contains(r.id())).toList();
        if (target.equals("head")) {
            List<LoadedRevision> heads = graph.heads();
            if (heads.size() > 1) {
                throw new RetortException("cannot upgrade to head: the history has " + heads.size() + " heads, "
                        + RevisionGraph.describe(heads) + "; upgrade to heads, or to one of them by id");
            }
            // With a single head, every revision is one of its ancestors.
            return pending;
        }
        if (target.equals("heads")) {
            return pending;
        }
        if (target.startsWith("+")) {
            int count = count(target);
            if (count > pending.size()) {
                throw new RetortException("cannot upgrade " + target + ": only " + pending.size()
                        + " revision(s) are not applied yet");
            }
            return pending.subList(0, count);
        }
        LoadedRevision revision = graph.resolve(target);
        if (applied.contains(revision.id())) {
            Set<String> current = graph.headsOf(applied);
            if (current.contains(revision.id())) {
                return List.of();
            }
            throw new RetortException("cannot upgrade to " + revision.describe() + ": the database is past it, at "
                    + String.join(", ", current.stream().sorted().toList()) + "; downgrade to go back");
        }
        Set<String> needed = graph.withAncestors(List.of(revision.id()));
        return pending.stream().filter(r -> needed.contains(r.id())).toList();
    }

    static List<LoadedRevision> toUndo(String target, RevisionGraph graph, Set<String> applied) {
        if (isUpgradeTarget(target)) {
            throw new RetortException(target + " is an upgrade target; downgrade to -N, base or a revision");
        }
        List<LoadedRevision> undoable = new ArrayList<>(graph.inOrder());
        undoable.removeIf(r -> !applied.contains(r.id()));
        Collections.reverse(undoable);
        if (target.equals("base")) {
            return undoable;
        }
        if (target.startsWith("-")) {
            int count = count(target);
            if (count > undoable.size()) {
                throw new RetortException("cannot downgrade " + target + ": only " + undoable.size()
                        + " revision(s) are applied");
            }
            return undoable.subList(0, count);
        }
        LoadedRevision revision = graph.resolve(target);
        if (!applied.contains(revision.id())) {
            throw new RetortException("cannot downgrade to " + revision.describe()
                    + ": it is not applied; upgrade to go forward");
        }
        Set<String> later = graph.descendants(revision.id());
        return undoable.stream().filter(r -> later.contains(r.id())).toList();
    }

    private static boolean isUpgradeTarget(String target) {
        return target.equals("head") || target.equals("heads") || target.startsWith("+");
    }

    private static boolean isDowngradeTarget(String target) {
        return target.equals("base") || target.startsWith("-");
    }

    /** The N of {@code +N} or {@code -N}. */
    private static int count(String target) {
        String digits = target.substring(1);
        if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) == 0) {
            throw new RetortException("'" + target + "' is not a target: " + target.charAt(0)
                    + "N needs a whole number N of at least 1");
        }
        return Integer.parseInt(digits);
    }
}
