package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.Optional;

/** Sets, changes or removes the comment on a table: {@code from} is the comment as it is, {@code to} as it becomes. */
public record SetTableComment(String table, Optional<String> from, Optional<String> to) implements Operation {

    @Override
    public SetTableComment reverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table before = SchemaChecks.table(this, schema, table);
        if (!before.comment().equals(from.filter(text -> !text.isBlank()))) {
            throw new InvalidOperationException(this, "its comment is " + before.comment().orElse("(none)")
                    + ", not " + from.orElse("(none)"));
        }
        return schema.with(before.withComment(to));
    }

    @Override
    public String describe() {
        return (to.isPresent() ? "comment on table " : "remove the comment on table ") + table;
    }
}
