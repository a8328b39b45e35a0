package dev.retort;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;

/** The "now" default of the DSL, by the column's type. */
final class DefaultValues {

    private DefaultValues() {}

    static DefaultValue now(ColumnType type) {
        return type.kind() == ColumnType.Kind.DATE ? DefaultValue.CURRENT_DATE : DefaultValue.CURRENT_TIMESTAMP;
    }
}
