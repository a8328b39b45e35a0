package dev.retort.oracle.sets.library;

public enum LoanStatus {
    OPEN,
    OVERDUE,
    RETURNED,
    LOST
}
