package dev.retort;

import dev.retort.schema.Schema;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The model of a database as its applied revisions made it: their upgrades recorded in order, and the checksum of each.
 *
 * @param schema the schema after the applied revisions
 * @param checksums the checksum of each applied revision, by id
 */
record Replay(Schema schema, Map<String, String> checksums) {

    Replay {
        checksums = Map.copyOf(checksums);
    }

    static Replay of(RevisionGraph graph, Set<String> applied) {
        Schema schema = Schema.EMPTY;
        Map<String, String> checksums = new HashMap<>();
        for (LoadedRevision revision : graph.inOrder()) {
            if (applied.contains(revision.id())) {
                Operations upgrade = Recording.record(revision, Direction.UPGRADE, schema);
                checksums.put(revision.id(), Recording.checksum(revision, upgrade));
                schema = upgrade.schema();
            }
        }
        return new Replay(schema, checksums);
    }
}
