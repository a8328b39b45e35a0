package dev.retort.processor.revision;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.schema.ColumnType;

/**
 * A column type as revisions write it: {@code BIGINT}, {@code VARCHAR(255)}, {@code NUMERIC(10, 2)}, {@code CHAR(1)},
 * {@code custom("jsonb")}. The constant or factory is named like the kind (a custom type's factory is
 * {@code custom}), and imported statically.
 */
final class ColumnTypeLiteral {

    static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);

    private ColumnTypeLiteral() {}

    // JavaPoet only applies a static import when the member name follows "$T." in the format itself.
    static CodeBlock of(ColumnType type) {
        String member = "$T." + constantName(type);
        return switch (type.kind()) {
            case VARCHAR, CHAR -> CodeBlock.of(member + "($L)", COLUMN_TYPE, type.length());
            case NUMERIC -> CodeBlock.of(member + "($L, $L)", COLUMN_TYPE, type.precision(), type.scale());
            case CUSTOM -> CodeBlock.of(member + "($S)", COLUMN_TYPE, type.sqlType());
            default -> CodeBlock.of(member, COLUMN_TYPE);
        };
    }

    /** The name to import statically from {@link ColumnType}. */
    static String constantName(ColumnType type) {
        return type.isCustom() ? "custom" : type.kind().name();
    }
}
