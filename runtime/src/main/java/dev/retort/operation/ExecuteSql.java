package dev.retort.operation;

import dev.retort.schema.Schema;

/**
 * A statement written by hand, run as it is on every dialect. Retort cannot know what it changes, so the schema model
 * is left as it was, and it has no reverse: the revision's downgrade says what undoes it.
 */
public record ExecuteSql(String sql) implements Operation {

    public ExecuteSql {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("execute needs a statement");
        }
    }

    @Override
    public Operation reverse() {
        throw new UnsupportedOperationException(
                "execute(\"" + sql + "\") has no automatic reverse; write the downgrade by hand");
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public String describe() {
        return "execute " + sql;
    }
}
