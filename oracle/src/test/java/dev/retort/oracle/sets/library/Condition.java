package dev.retort.oracle.sets.library;

public enum Condition {
    NEW,
    GOOD,
    WORN,
    DAMAGED
}
