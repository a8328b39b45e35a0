package dev.retort;

/**
 * An applied revision whose operations are no longer those it had when it was applied: its class was edited since.
 *
 * @param revision the revision, as the application has it now
 * @param recorded the checksum the history table records for it; null when it records none (the revision was applied
 *     before Retort kept checksums)
 * @param current the checksum of the revision as it is now
 */
public record ChecksumMismatch(RevisionInfo revision, String recorded, String current) {}
