package dev.retort.oracle.sets.library;

public enum MembershipTier {
    STUDENT,
    STANDARD,
    PREMIUM
}
