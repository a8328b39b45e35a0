package dev.retort.cli;

import dev.retort.ChecksumMismatch;
import dev.retort.HistoryEntry;
import dev.retort.RevisionInfo;
import java.util.List;

/** The human form of the runtime's records, close to Alembic's, so that its users find their way. */
final class TextViews {

    private TextViews() {}

    /** {@code 8e2f2e66022e -> b5d4111c37f0 (head) (applied), add fee description}; a first revision has {@code <base>}. */
    static String edge(RevisionInfo revision, Shape shape) {
        String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
        return parents + " -> " + summary(revision, shape);
    }

    /** {@code b5d4111c37f0 (head), add fee description} */
    static String summary(RevisionInfo revision, Shape shape) {
        return revision.id() + shape.markers(revision) + ", " + message(revision);
    }

    /** Alembic's verbose form: one field a line, then the message, indented. */
    static String block(RevisionInfo revision, Shape shape) {
        StringBuilder text = new StringBuilder();
        text.append("Rev: ").append(revision.id()).append(shape.markers(revision)).append('\n');
        text.append(revision.parents().size() > 1 ? "Merges: " : "Parent: ")
                .append(revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents())).append('\n');
        if (!revision.branchLabels().isEmpty()) {
            text.append("Branch names: ").append(String.join(", ", revision.branchLabels())).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            text.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        text.append("Class: ").append(revision.className()).append('\n');
        if (!revision.transactional()) {
            text.append("Transactional: no\n");
        }
        text.append('\n').append("    ").append(message(revision)).append('\n');
        return text.toString();
    }

    /** {@code   8e2f2e66022e  create students and fees}: one line of a list of revisions that ran. */
    static String listed(RevisionInfo revision) {
        return "  " + revision.id() + "  " + message(revision);
    }

    static String lines(List<RevisionInfo> revisions) {
        StringBuilder text = new StringBuilder();
        revisions.forEach(revision -> text.append(listed(revision)).append('\n'));
        return text.toString();
    }

    /** {@code 2026-03-05T12:00:01.123Z upgrade ok 35 ms by app on web-1 (pid 4711) [note]} */
    static String run(HistoryEntry run) {
        String outcome = run.interrupted() ? "interrupted" : run.success() ? "ok" : "failed";
        return run.startedAt() + " " + run.direction().noun() + " " + outcome
                + (run.durationMillis() == null ? "" : " " + run.durationMillis() + " ms")
                + (run.appliedBy() == null ? "" : " by " + run.appliedBy())
                + (run.note() == null ? "" : " [" + run.note() + "]");
    }

    /** {@code c3 (com.example.V3): checksum was 1a2b..., is 3c4d...} */
    static String mismatch(ChecksumMismatch mismatch) {
        return mismatch.revision().id() + " (" + mismatch.revision().className() + "): checksum was "
                + (mismatch.recorded() == null ? "never recorded" : mismatch.recorded()) + ", is " + mismatch.current();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String message(RevisionInfo revision) {
        return revision.message().isEmpty() ? "(no message)" : revision.message();
    }
}
