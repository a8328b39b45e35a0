package dev.retort.cli;

import dev.retort.BranchPoint;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import java.util.Set;
import java.util.stream.Collectors;

/** Where revisions stand in the history, for the markers of the human output: heads and branch points. */
record Shape(Set<String> heads, Set<String> branchPoints) {

    static Shape of(Retort retort) {
        return new Shape(
                retort.heads().stream().map(RevisionInfo::id).collect(Collectors.toSet()),
                retort.branches().stream().map(BranchPoint::revision).map(RevisionInfo::id)
                        .collect(Collectors.toSet()));
    }

    /** {@code  (billing) (head) (applied)}: labels first, as Alembic writes them, then where it stands. */
    String markers(RevisionInfo revision) {
        StringBuilder markers = new StringBuilder();
        revision.branchLabels().forEach(label -> markers.append(" (").append(label).append(')'));
        if (heads.contains(revision.id())) {
            markers.append(" (head)");
        }
        if (branchPoints.contains(revision.id())) {
            markers.append(" (branchpoint)");
        }
        if (revision.parents().size() > 1) {
            markers.append(" (mergepoint)");
        }
        if (revision.applied()) {
            markers.append(" (applied)");
        }
        return markers.toString();
    }
}
