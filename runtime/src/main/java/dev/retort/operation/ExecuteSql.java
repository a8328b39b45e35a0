package dev.retort.operation;

import dev.retort.schema.Schema;
import java.util.Optional;

/**
 * A statement written by hand, run as it is on every dialect. Retort cannot know what it changes, so the schema model
 * is left as it was. Its reverse is the statement given as {@code reverse}; without one it is {@link Irreversible}.
 */
public record ExecuteSql(String sql, Optional<String> reverseSql) implements Operation {

    public ExecuteSql {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("execute needs a statement");
        }
        if (reverseSql.isPresent() && reverseSql.get().isBlank()) {
            throw new IllegalArgumentException("the reverse of execute(\"" + sql + "\") is blank");
        }
    }

    /** A statement without a reverse. */
    public ExecuteSql(String sql) {
        this(sql, Optional.empty());
    }

    @Override
    public Operation reverse() {
        return reverseSql.<Operation>map(reverse -> new ExecuteSql(reverse, Optional.of(sql)))
                .orElseGet(() -> new Irreversible("execute " + sql, "it was written without a reverse statement;"
                        + " write the downgrade by hand"));
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
