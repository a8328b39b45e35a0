package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.Optional;

/**
 * An UPDATE of a large table in batches of about {@code batchSize} rows each, by ranges of its single integer primary
 * key (one statement when the table has no such key). All batches run in the revision's transaction: a failing batch
 * rolls back the others. Its reverse is the update given as {@code reverseSet}; without one it is irreversible.
 *
 * @param set what follows {@code SET}, e.g. {@code "fee_cents" = "amount" * 100}
 * @param where the rows to update, e.g. {@code "fee_cents" IS NULL}; empty for all
 */
public record BatchedUpdate(String table, String set, Optional<String> where, int batchSize,
        Optional<String> reverseSet) implements Operation {

    public BatchedUpdate {
        if (set == null || set.isBlank()) {
            throw new IllegalArgumentException("a batched update of " + table + " needs a SET clause");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batched update of " + table + " needs a batch size of 1 or more");
        }
        where = where.filter(text -> !text.isBlank());
    }

    @Override
    public Operation reverse() {
        return reverseSet.<Operation>map(reverse -> new BatchedUpdate(table, reverse, where, batchSize, Optional.of(set)))
                .orElseGet(() -> new Irreversible(describe(), "it was written without a reverse SET clause;"
                        + " write the downgrade by hand"));
    }

    @Override
    public Schema applyTo(Schema schema) {
        SchemaChecks.table(this, schema, table);
        return schema;
    }

    /** The primary key column the batches are cut along, when the table has a single integer one. */
    public Optional<String> batchKey(Table target) {
        if (target.primaryKey().size() != 1) {
            return Optional.empty();
        }
        String key = target.primaryKey().get(0);
        return target.column(key).filter(c -> c.type().isInteger()).map(c -> key);
    }

    @Override
    public String describe() {
        return "update " + table + " in batches";
    }
}
