package dev.retort;

import java.util.List;

/**
 * A revision that several revisions follow: where the history splits into branches.
 *
 * @param revision the revision the branches start from
 * @param children the ids of the revisions that name it as parent, in topological order
 */
public record BranchPoint(RevisionInfo revision, List<String> children) {

    public BranchPoint {
        children = List.copyOf(children);
    }
}
