package dev.retort;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Revisions the database has applied were edited since: their checksums differ from those the history table records.
 * Nothing was changed. Check that the database still matches them (e.g. with {@link Retort#check()}), then accept the
 * new checksums with {@link Retort#repair()} or {@link Retort#acceptingChangedChecksums()}.
 */
public final class ChangedRevisionsException extends RetortException {

    private static final long serialVersionUID = 1L;

    private final transient List<ChecksumMismatch> mismatches;

    ChangedRevisionsException(String command, List<ChecksumMismatch> mismatches) {
        super("cannot " + command + ": applied revision(s) changed since they were applied: "
                + mismatches.stream()
                        .map(m -> m.revision().id() + " (" + m.revision().className() + ", checksum was "
                                + m.recorded() + ", is " + m.current() + ")")
                        .collect(Collectors.joining(", "))
                + "; if the database still matches them, accept the new checksums with repair() (retort repair)"
                + " and run the command again (nothing was changed)");
        this.mismatches = List.copyOf(mismatches);
    }

    public List<ChecksumMismatch> mismatches() {
        return mismatches;
    }
}
