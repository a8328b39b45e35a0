package dev.retort.schema;

import java.util.Objects;

/** A table column: its name, type, whether it accepts NULL, and whether the database generates its values. */
public record Column(String name, ColumnType type, boolean nullable, boolean identity) {

    public Column {
        Names.requireName(name, "column");
        Objects.requireNonNull(type, "type");
        if (identity && !type.isInteger()) {
            throw new IllegalArgumentException("identity column " + name + " must be an integer type, not " + type);
        }
        if (identity && nullable) {
            throw new IllegalArgumentException("identity column " + name + " cannot be nullable");
        }
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, identity);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, identity);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, newIdentity);
    }
}
