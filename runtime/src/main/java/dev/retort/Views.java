package dev.retort;

import dev.retort.operation.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The commands that only read: the history, its heads and branch points, one revision. They need the database only to
 * say what is applied; an offline Retort passes nothing applied and no history rows.
 *
 * @param applied the applied revisions
 * @param rows the rows of the version table
 * @param runs the rows of the history table
 * @param online whether there is a database (without one, {@code current} in a range means nothing)
 */
record Views(RevisionGraph graph, Set<String> applied, Set<String> rows, List<HistoryEntry> runs, boolean online) {

    /** Every revision, newest first. */
    List<RevisionInfo> history() {
        List<RevisionInfo> history = new ArrayList<>();
        graph.inOrder().forEach(r -> history.add(graph.info(r, applied.contains(r.id()))));
        Collections.reverse(history);
        return history;
    }

    /**
     * The revisions of a range {@code from:to}, newest first: those that follow {@code from} (or are it) and that
     * {@code to} needs (or is). Either end may be empty (the whole history that way), {@code base}, {@code current}
     * (what the version table records) or a revision; {@code to} may also be {@code head} or {@code heads}.
     */
    List<RevisionInfo> history(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new RetortException("'" + range + "' is not a range; write from:to, e.g. base:head, a1b2:,"
                    + " :billing@head or current:heads");
        }
        String from = range.substring(0, colon).strip();
        String to = range.substring(colon + 1).strip();
        Set<String> all = new HashSet<>();
        graph.inOrder().forEach(r -> all.add(r.id()));
        Set<String> after;
        if (from.isEmpty() || from.equals("base")) {
            after = all;
        } else if (from.equals("current")) {
            after = requireOnline(from).isEmpty() ? all : graph.withDescendants(rows);
        } else {
            after = graph.withDescendants(List.of(Target.revision(from, graph).id()));
        }
        Set<String> before;
        if (to.isEmpty() || to.equals("heads")) {
            before = all;
        } else if (to.equals("current")) {
            before = graph.withAncestors(requireOnline(to));
        } else {
            before = graph.withAncestors(List.of(Target.revision(to, graph).id()));
        }
        return history().stream().filter(r -> after.contains(r.id()) && before.contains(r.id())).toList();
    }

    List<RevisionInfo> heads() {
        return graph.heads().stream().map(r -> graph.info(r, applied.contains(r.id()))).toList();
    }

    List<BranchPoint> branches() {
        return graph.branchPoints().stream()
                .map(r -> new BranchPoint(graph.info(r, applied.contains(r.id())), graph.children(r.id())))
                .toList();
    }

    RevisionDetails show(String reference) {
        LoadedRevision revision = Target.revision(reference, graph);
        Set<String> before = new HashSet<>(graph.withAncestors(List.of(revision.id())));
        before.remove(revision.id());
        Operations upgrade = Recording.record(revision, Direction.UPGRADE, Replay.of(graph, before).schema());
        List<String> downgrade;
        try {
            downgrade = describe(Recording.record(revision, Direction.DOWNGRADE, upgrade.schema()).recorded());
        } catch (RetortException e) {
            downgrade = List.of("(cannot be recorded: " + e.getCause().getMessage() + ")");
        }
        return new RevisionDetails(graph.info(revision, applied.contains(revision.id())),
                graph.children(revision.id()), graph.dependents(revision.id()),
                graph.heads().contains(revision), graph.children(revision.id()).size() > 1,
                describe(upgrade.recorded()), downgrade, Recording.checksum(revision, upgrade),
                runs.stream().filter(run -> run.revision().equals(revision.id())).toList());
    }

    private Set<String> requireOnline(String word) {
        if (!online) {
            throw new RetortException("'" + word + "' needs a database, and this Retort is offline");
        }
        return rows;
    }

    private static List<String> describe(List<Operation> operations) {
        return operations.stream().map(Operation::describe).toList();
    }
}
