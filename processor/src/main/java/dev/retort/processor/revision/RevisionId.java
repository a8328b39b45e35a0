package dev.retort.processor.revision;

import java.time.Instant;
import java.util.List;

/**
 * A revision's id: twelve hex digits of the SHA-256 of its parents, its upgrade code and the time of generation. The
 * same inputs give the same id; two developers generating different changes at once get different ids.
 */
final class RevisionId {

    private static final int LENGTH = 12;

    private RevisionId() {}

    static String of(List<String> parents, String upgradeCode, Instant now) {
        String input = String.join(",", parents) + "\n" + upgradeCode + "\n" + now;
        return RevisionFingerprint.sha256(input).substring(0, LENGTH);
    }
}
