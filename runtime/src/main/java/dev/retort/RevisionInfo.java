package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * A revision as its class declares it, and whether the database has it applied.
 *
 * @param id the revision's id, as recorded in the version table
 * @param parents the ids of the revisions it follows; empty for a first revision
 * @param message what the revision does, in a few words
 * @param className the fully qualified name of the revision's class
 * @param applied whether the database has this revision applied
 */
public record RevisionInfo(String id, List<String> parents, String message, String className, boolean applied) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(className, "className");
    }
}
