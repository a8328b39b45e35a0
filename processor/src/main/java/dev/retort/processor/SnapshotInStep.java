package dev.retort.processor;

import dev.retort.processor.output.Locations;
import dev.retort.processor.revision.KnownRevisions;
import dev.retort.processor.snapshot.Snapshot;
import java.util.SortedSet;

/**
 * The next revision's parent is the snapshot's revision: it must be a head (a revision no other revision names as
 * parent; another branch may depend on it), or the history forks. The revisions of the previous build count too, so
 * that a build of only some files cannot fork it either. When two branches meet, either head will do: the merge
 * revision follows both.
 */
final class SnapshotInStep {

    private SnapshotInStep() {}

    /** Whether the snapshot is at a head of the known revisions; otherwise that was reported. */
    static boolean check(Snapshot snapshot, KnownRevisions known, Locations locations, Reporter reporter) {
        if (known.isEmpty()) {
            return true;
        }
        SortedSet<String> heads = known.tips();
        String snapshotName = Locations.display(locations.snapshot());
        KnownRevisions.Origin origin = known.origin();
        if (snapshot.revision().isEmpty()) {
            reporter.report(Message.SNAPSHOT_OUT_OF_STEP, snapshotName,
                    "names no revision, but " + origin.has() + " revisions (heads: " + String.join(", ", heads) + ")");
            return false;
        }
        String revision = snapshot.revision().get();
        if (!heads.contains(revision)) {
            reporter.report(Message.SNAPSHOT_OUT_OF_STEP, snapshotName, "is at revision " + revision
                    + ", which is not a head of the revisions in " + origin + " (heads: " + String.join(", ", heads)
                    + ")");
            return false;
        }
        return true;
    }
}
