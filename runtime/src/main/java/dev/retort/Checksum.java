package dev.retort;

import dev.retort.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a revision: SHA-256, in lower-case hex, of its upgrade's and its downgrade's operations written as
 * {@link CanonicalOperations} lines. It changes when what the revision does changes, and only then: not with the
 * class's name, formatting, comments or the Retort version.
 */
final class Checksum {

    private static final String HEADER = "retort-checksum 1\n";

    private Checksum() {}

    /**
     * @param downgrade the downgrade's operations; null when they could not be recorded (the downgrade does not fit
     *     the schema), which is then part of what the checksum covers
     */
    static String of(List<Operation> upgrade, List<Operation> downgrade) {
        StringBuilder text = new StringBuilder(HEADER).append("upgrade\n");
        upgrade.forEach(operation -> text.append(CanonicalOperations.line(operation)).append('\n'));
        text.append("downgrade\n");
        if (downgrade == null) {
            text.append("unrecordable\n");
        } else {
            downgrade.forEach(operation -> text.append(CanonicalOperations.line(operation)).append('\n'));
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
