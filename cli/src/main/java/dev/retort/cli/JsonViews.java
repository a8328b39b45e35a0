package dev.retort.cli;

import static dev.retort.cli.Json.object;

import dev.retort.BranchPoint;
import dev.retort.ChecksumMismatch;
import dev.retort.HistoryEntry;
import dev.retort.RevisionDetails;
import dev.retort.RevisionInfo;
import dev.retort.SchemaDifference;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSON form of the runtime's records; docs/cli.md describes each field. */
final class JsonViews {

    private JsonViews() {}

    static Map<String, Object> revision(RevisionInfo revision) {
        return object(
                "id", revision.id(),
                "parents", revision.parents(),
                "message", revision.message(),
                "class", revision.className(),
                "applied", revision.applied(),
                "dependsOn", revision.dependsOn(),
                "branchLabels", revision.branchLabels(),
                "transactional", revision.transactional());
    }

    static List<Object> revisions(List<RevisionInfo> revisions) {
        return each(revisions, JsonViews::revision);
    }

    static Map<String, Object> branchPoint(BranchPoint point) {
        return object("revision", revision(point.revision()), "children", point.children());
    }

    static Map<String, Object> details(RevisionDetails details) {
        return object(
                "revision", revision(details.revision()),
                "children", details.children(),
                "dependents", details.dependents(),
                "head", details.head(),
                "branchPoint", details.branchPoint(),
                "upgrade", details.upgradeOperations(),
                "downgrade", details.downgradeOperations(),
                "checksum", details.checksum(),
                "runs", each(details.runs(), JsonViews::run));
    }

    static Map<String, Object> run(HistoryEntry run) {
        return object(
                "id", run.id(),
                "revision", run.revision(),
                "direction", run.direction().noun(),
                "checksum", run.checksum(),
                "startedAt", instant(run.startedAt()),
                "finishedAt", instant(run.finishedAt()),
                "durationMillis", run.durationMillis(),
                "success", run.success(),
                "appliedBy", run.appliedBy(),
                "note", run.note());
    }

    static Map<String, Object> mismatch(ChecksumMismatch mismatch) {
        return object(
                "revision", revision(mismatch.revision()),
                "recordedChecksum", mismatch.recorded(),
                "currentChecksum", mismatch.current());
    }

    static Map<String, Object> difference(SchemaDifference difference) {
        return object("description", difference.description());
    }

    static <T> List<Object> each(List<T> values, Function<T, Object> view) {
        return values.stream().map(view).toList();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
