package dev.retort.oracle.sets.columns;

/** Stored by {@link ShiftCode}, which applies itself: a one-letter code, neither a name nor an ordinal. */
public enum Shift {
    DAY,
    NIGHT,
    WEEKEND
}
