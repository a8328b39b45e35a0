/**
 * Device telemetry: every basic Java type the processor maps today (docs/mappings.md), including the ones whose
 * SQLite declaration differs from Hibernate's ({@code Instant}, {@code OffsetDateTime}, {@code UUID},
 * {@code byte[]}, {@code double}, enums by ordinal).
 */
package dev.retort.oracle.sets.telemetry;
