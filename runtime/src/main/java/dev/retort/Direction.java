package dev.retort;

import java.util.Locale;

/** Which way a revision runs: its upgrade or its downgrade. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    void record(Migration migration, Operations operations) {
        switch (this) {
            case UPGRADE -> migration.upgrade(operations);
            case DOWNGRADE -> migration.downgrade(operations);
        }
    }

    /** {@code upgrade} or {@code downgrade}, as the history table stores it. */
    public String noun() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Direction ofNoun(String noun) {
        return valueOf(noun.toUpperCase(Locale.ROOT));
    }
}
