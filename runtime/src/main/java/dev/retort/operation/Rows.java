package dev.retort.operation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Checks the rows a data operation carries: each as long as the column list, each value of a type SQL can spell. */
final class Rows {

    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Short.class, Integer.class,
            Long.class, BigInteger.class, BigDecimal.class, Double.class, Float.class, LocalDate.class,
            LocalTime.class, LocalDateTime.class, OffsetDateTime.class, Instant.class, UUID.class, byte[].class);

    private Rows() {}

    static List<List<Object>> checked(String what, List<String> columns, List<List<Object>> rows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one row");
        }
        List<List<Object>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(what + ": row " + (i + 1) + " has " + row.size()
                        + " values for " + columns.size() + " columns " + columns);
            }
            for (Object value : row) {
                if (value != null && !VALUE_TYPES.contains(value.getClass())) {
                    throw new IllegalArgumentException(what + ": row " + (i + 1) + " holds a " + value.getClass().getName()
                            + "; values are null, strings, numbers, booleans, dates and times, UUIDs or byte[]");
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }
}
