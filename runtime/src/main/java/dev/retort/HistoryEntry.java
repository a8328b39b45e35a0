package dev.retort;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of the history table {@code retort_history}: one run of a revision, or one change of the version table that ran
 * nothing (a stamp, an accepted checksum), which {@link #note()} then says.
 *
 * @param id the row's number; later rows have larger numbers
 * @param revision the revision's id
 * @param direction which way it ran
 * @param checksum the revision's checksum when it ran; null if unknown
 * @param startedAt when it started
 * @param finishedAt when it finished; null when it never did (the process died during a non-transactional revision)
 * @param durationMillis how long it took; null when it never finished
 * @param success whether it committed
 * @param appliedBy the database user, host and process that ran it
 * @param note why the row is special (non-transactional, stamp, accepted checksum, failure, offline script); null if not
 */
public record HistoryEntry(long id, String revision, Direction direction, String checksum, Instant startedAt,
        Instant finishedAt, Long durationMillis, boolean success, String appliedBy, String note) {

    public HistoryEntry {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Whether the run never finished: a non-transactional revision whose process died while it ran. */
    public boolean interrupted() {
        return finishedAt == null;
    }
}
