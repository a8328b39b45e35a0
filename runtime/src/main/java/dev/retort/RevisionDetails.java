package dev.retort;

import java.util.List;

/**
 * Everything known about one revision: what {@link Retort#show} returns.
 *
 * @param revision the revision as declared, and whether it is applied
 * @param children the ids of the revisions that name it as parent
 * @param dependents the ids of the revisions that depend on it
 * @param head whether nothing follows or depends on it
 * @param branchPoint whether several revisions follow it
 * @param upgradeOperations what its upgrade does, one line per operation ({@code create table fees})
 * @param downgradeOperations what its downgrade does
 * @param checksum its checksum as the application has it now
 * @param runs its rows in the history table, oldest first (none for an offline Retort)
 */
public record RevisionDetails(RevisionInfo revision, List<String> children, List<String> dependents, boolean head,
        boolean branchPoint, List<String> upgradeOperations, List<String> downgradeOperations, String checksum,
        List<HistoryEntry> runs) {

    public RevisionDetails {
        children = List.copyOf(children);
        dependents = List.copyOf(dependents);
        upgradeOperations = List.copyOf(upgradeOperations);
        downgradeOperations = List.copyOf(downgradeOperations);
        runs = List.copyOf(runs);
    }
}
