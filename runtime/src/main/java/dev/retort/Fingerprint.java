package dev.retort;

/**
 * A revision's fingerprint: what the annotation processor computed from the revision's source when it compiled it (the
 * SHA-256, in lower-case hex, of its source file's text), written into the index next to the class. Equal fingerprints
 * mean the same source, so the same operations and the same {@link Checksum}; it lets a start with nothing to do skip
 * loading and recording the revisions ({@link NothingToDo}). The processor writes none for a revision whose source
 * refers to code of the application outside its own file, whose changes the fingerprint would not see.
 *
 * <p>The history table keeps, on the row of each run, the fingerprint the revision had then; a revision applied before
 * Retort kept fingerprints, or whose fingerprint changed while its checksum did not (a comment was edited), gets its
 * current fingerprint on its last upgrade row once a full replay has verified its checksum.
 */
final class Fingerprint {

    static final int LENGTH = 64;

    private Fingerprint() {}

    /** Whether {@code text} is a fingerprint: 64 lower-case hex digits. */
    static boolean isValid(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
