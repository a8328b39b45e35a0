package dev.retort.oracle.sets.columns;

public enum EmploymentStatus {
    ACTIVE,
    ON_LEAVE,
    TERMINATED
}
