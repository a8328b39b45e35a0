package dev.retort.oracle.sets.telemetry;

public enum DeviceKind {
    THERMOMETER,
    HYGROMETER,
    POWER_METER
}
