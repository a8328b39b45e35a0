package dev.retort.schema;

import java.util.List;

/** A named index over one or more columns of a table. */
public record Index(String name, List<String> columns, boolean unique) {

    public Index {
        Names.requireName(name, "index");
        columns = Names.requireColumns(columns, "index " + name);
    }
}
