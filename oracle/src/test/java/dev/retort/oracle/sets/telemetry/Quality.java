package dev.retort.oracle.sets.telemetry;

/** Stored by ordinal. */
public enum Quality {
    GOOD,
    SUSPECT,
    BAD
}
