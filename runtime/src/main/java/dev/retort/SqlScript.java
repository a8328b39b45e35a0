package dev.retort;

import java.util.List;

/**
 * An offline migration script: what {@link Retort#sql} returns.
 *
 * @param dialect the database it is written for: {@code postgresql} or {@code sqlite}
 * @param direction whether it applies or undoes revisions
 * @param revisions the revisions it runs, in order
 * @param text the script: each revision in its own transaction with the version and history tables' changes,
 *     commented with the revision's id, class and message
 */
public record SqlScript(String dialect, Direction direction, List<RevisionInfo> revisions, String text) {

    public SqlScript {
        revisions = List.copyOf(revisions);
    }
}
