package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * A revision as its class declares it, where it stands in the history, and whether the database has it applied.
 *
 * @param id the revision's id, as recorded in the version table
 * @param parents the ids of the revisions it follows; empty for a first revision
 * @param message what the revision does, in a few words
 * @param className the fully qualified name of the revision's class
 * @param applied whether the database has this revision applied (always {@code false} for a {@link Retort#offline()}
 *     Retort, which has no database)
 * @param dependsOn the ids of the revisions it depends on without merging their branch
 * @param branchLabels the branch labels that apply to it, sorted: its own and those it inherits from the revisions
 *     around it (see {@link dev.retort.annotations.Revision#branchLabels()})
 * @param transactional whether it runs in a transaction (see {@link dev.retort.annotations.Revision#transactional()})
 */
public record RevisionInfo(String id, List<String> parents, String message, String className, boolean applied,
        List<String> dependsOn, List<String> branchLabels, boolean transactional) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(className, "className");
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }

    /** A transactional revision without dependencies or branch labels. */
    public RevisionInfo(String id, List<String> parents, String message, String className, boolean applied) {
        this(id, parents, message, className, applied, List.of(), List.of(), true);
    }
}
