package dev.retort.operation;

import dev.retort.schema.Schema;

/**
 * Marks a change that cannot be undone. It stands in a downgrade, where it makes the downgrade fail when it is
 * recorded, before anything runs: a downgrade past it stops with {@code why}.
 *
 * @param what the change that cannot be undone, e.g. {@code execute UPDATE fees SET ...}
 * @param why why, and what to do instead
 */
public record Irreversible(String what, String why) implements Operation {

    /** Its reverse is itself: there is nothing to redo once nothing could be undone. */
    @Override
    public Irreversible reverse() {
        return this;
    }

    @Override
    public Schema applyTo(Schema schema) {
        throw new InvalidOperationException(this, why);
    }

    @Override
    public String describe() {
        return "undo " + what;
    }
}
