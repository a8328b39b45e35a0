package dev.retort.schema;

import java.util.List;

/** A named UNIQUE constraint over one or more columns of a table. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        Names.requireName(name, "unique constraint");
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }
}
