package dev.retort.processor.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
