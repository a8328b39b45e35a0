package dev.retort;

import java.util.Locale;

/** Which way a step goes: whether it records a revision's upgrade or its downgrade. */
enum Direction {
    UPGRADE,
    DOWNGRADE;

    void record(Migration migration, Operations operations) {
        switch (this) {
            case UPGRADE -> migration.upgrade(operations);
            case DOWNGRADE -> migration.downgrade(operations);
        }
    }

    /** {@code upgrade} or {@code downgrade}. */
    String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}
