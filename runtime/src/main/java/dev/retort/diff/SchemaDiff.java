package dev.retort.diff;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.List;

/**
 * Compares two schemas and lists the operations that turn the first into the second, in an order every database can
 * run: constraints dropped before what they depend on, tables created before the tables that reference them.
 */
public final class SchemaDiff {

    private SchemaDiff() {}

    /**
     * The operations that change {@code from} into {@code to}; empty when they are equal. Applying them in order to
     * {@code from} (with {@link Operation#applyTo}) gives {@code to}.
     *
     * @throws UnsupportedChangeException for a change Retort cannot express yet (e.g. a new primary key)
     */
    public static List<Operation> diff(Schema from, Schema to) {
        throw new UnsupportedOperationException("being written");
    }
}
