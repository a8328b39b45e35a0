package dev.retort.oracle.sets.naming;

public enum OrderState {
    OPEN,
    SUBMITTED,
    FULFILLED
}
