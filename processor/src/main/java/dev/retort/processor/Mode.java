package dev.retort.processor;

/** What the processor does when the entities and the snapshot differ ({@code -Aretort.mode}). */
public enum Mode {
    /** Writes a revision and the updated snapshot into the source tree (the default). */
    GENERATE,
    /** Writes nothing; fails the build on each entity that differs from the snapshot (for CI). */
    CHECK,
    /** Compares nothing; only the index of revisions is written. */
    OFF
}
