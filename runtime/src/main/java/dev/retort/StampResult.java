package dev.retort;

import java.util.List;

/**
 * What a stamp changed: the version table's rows before, and the revisions it records now. No revision ran.
 *
 * @param before the rows of the version table before the stamp, sorted (they may name revisions the application does
 *     not know, which a purging stamp removes)
 * @param current the revisions the version table records after it, in topological order
 */
public record StampResult(List<String> before, List<RevisionInfo> current) {

    public StampResult {
        before = List.copyOf(before);
        current = List.copyOf(current);
    }
}
