package dev.retort.processor.entity;

import java.util.List;

/**
 * How an enum field is stored, and its constants in declaration order. The snapshot keeps them, so that the next
 * build can tell an ORDINAL enum that was reordered or shrunk (the numbers in the table would change meaning).
 */
public record EnumColumn(Storage storage, List<String> constants) {

    /** {@code @Enumerated(ORDINAL)} (JPA's default) or {@code @Enumerated(STRING)}. */
    public enum Storage {
        ORDINAL,
        STRING
    }

    public EnumColumn {
        constants = List.copyOf(constants);
    }
}
