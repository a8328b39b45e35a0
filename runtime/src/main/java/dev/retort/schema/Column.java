package dev.retort.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column: its name, type, whether it accepts NULL, whether the database generates its values, its server
 * default and its comment.
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        boolean identity,
        Optional<DefaultValue> defaultValue,
        Optional<String> comment) {

    public Column {
        Names.requireName(name, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(comment, "comment");
        if (identity && !type.isInteger()) {
            throw new IllegalArgumentException("identity column " + name + " must be an integer type, not " + type);
        }
        if (identity && nullable) {
            throw new IllegalArgumentException("identity column " + name + " cannot be nullable");
        }
        if (identity && defaultValue.isPresent()) {
            throw new IllegalArgumentException("identity column " + name + " cannot have a default");
        }
        if (type.isLargeObject() && defaultValue.isPresent()) {
            // PostgreSQL keeps a large object apart from the row: a default would be one object shared by every row.
            throw new IllegalArgumentException("large object column " + name + " (" + type + ") cannot have a default");
        }
        try {
            defaultValue = defaultValue.map(value -> value.forType(type));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + name + ": " + e.getMessage(), e);
        }
        comment = Comments.normalized(comment);
    }

    /** A column without default or comment. */
    public Column(String name, ColumnType type, boolean nullable, boolean identity) {
        this(name, type, nullable, identity, Optional.empty(), Optional.empty());
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, identity, defaultValue, comment);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, identity, defaultValue, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, identity, defaultValue, comment);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, newIdentity, defaultValue, comment);
    }

    public Column withDefault(Optional<DefaultValue> newDefault) {
        return new Column(name, type, nullable, identity, newDefault, comment);
    }

    public Column withComment(Optional<String> newComment) {
        return new Column(name, type, nullable, identity, defaultValue, newComment);
    }
}
