package dev.retort.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Rules for identifiers: the default names of constraints and indexes, and the limit every name must respect.
 *
 * <p>A name written as {@code "Name"} (in double quotes) is a quoted identifier: dialects keep its case. Any other name
 * is folded the way the database folds unquoted names, so the unquoted SQL an ORM sends finds it.
 *
 * <p>A table (or sequence) in a database schema has a qualified name, {@code billing.invoices}: the schema and the
 * table, split on the dot outside double quotes ({@code "Billing"."Invoices"}, {@code "Billing".invoices} and
 * {@code billing."a.b"} are qualified too). Each part is a name as above, folded and quoted on its own. A name without
 * such a dot is in the schema the connection works in (PostgreSQL's {@code current_schema()}).
 */
public final class Names {

    /** PostgreSQL silently truncates longer identifiers; Retort never generates one. */
    public static final int MAX_BYTES = 63;

    private Names() {}

    public static boolean isQuoted(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"");
    }

    /** The name without the quotes that mark a quoted identifier. */
    public static String unquoted(String name) {
        return isQuoted(name) ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /**
     * The name of {@code table} in database schema {@code schema}: {@code billing.invoices}; {@code table} itself when
     * {@code schema} is null or blank (JPA's {@code @Table(schema = "")}, the default).
     *
     * @throws IllegalArgumentException when either part is itself qualified
     */
    public static String qualified(String schema, String table) {
        requireName(table, "table");
        if (parts(table).size() != 1) {
            throw new IllegalArgumentException("table name " + table + " has a dot outside quotes; quote it: \""
                    + table.replace("\"", "\"\"") + "\"");
        }
        if (schema == null || schema.isBlank()) {
            return table;
        }
        requireName(schema, "schema");
        if (parts(schema).size() != 1) {
            throw new IllegalArgumentException("schema name " + schema + " has a dot outside quotes; quote it");
        }
        return schema + "." + table;
    }

    /** Whether {@code name} names its database schema: {@code billing.invoices}. */
    public static boolean isQualified(String name) {
        return parts(name).size() > 1;
    }

    /** The database schema a qualified name names ({@code billing} of {@code billing.invoices}), if any. */
    public static Optional<String> schemaOf(String name) {
        List<String> parts = parts(name);
        return parts.size() > 1 ? Optional.of(String.join(".", parts.subList(0, parts.size() - 1))) : Optional.empty();
    }

    /** The table part of a name: {@code invoices} of {@code billing.invoices}; an unqualified name itself. */
    public static String tableOf(String name) {
        List<String> parts = parts(name);
        return parts.get(parts.size() - 1);
    }

    /**
     * The parts of a name split on each dot outside double quotes: {@code ["billing", "invoices"]}, {@code
     * ["\"Billing\"", "\"a.b\""]}; one part for a name without such a dot.
     */
    public static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(name.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(name.substring(start));
        return parts;
    }

    /** {@code name} with {@code rename} applied to each of its parts. */
    public static String mapParts(String name, UnaryOperator<String> rename) {
        return String.join(".", parts(name).stream().map(rename).toList());
    }

    /** Derived from the table part alone: {@code fk_invoices_customer_id} on {@code billing.invoices}. */
    public static String foreignKey(String table, List<String> columns) {
        return derived("fk", table, columns);
    }

    public static String uniqueConstraint(String table, List<String> columns) {
        return derived("uk", table, columns);
    }

    public static String index(String table, List<String> columns) {
        return derived("ix", table, columns);
    }

    /**
     * {@code name} itself when it fits in {@link #MAX_BYTES} bytes of UTF-8; otherwise a prefix of it followed by
     * {@code _} and eight hex digits of its SHA-256, so that distinct long names stay distinct and stable.
     */
    public static String shorten(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_BYTES) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(utf8), 0, 4);
        int budget = MAX_BYTES - 1 - hash.length();
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return prefix + "_" + hash;
    }

    private static String derived(String prefix, String table, List<String> columns) {
        StringBuilder name = new StringBuilder(prefix).append('_').append(unquoted(tableOf(table)));
        columns.forEach(column -> name.append('_').append(unquoted(column)));
        return shorten(name.toString());
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static void requireName(String name, String what) {
        if (name == null || name.isBlank() || unquoted(name).isEmpty()) {
            throw new IllegalArgumentException(what + " name is required");
        }
    }

    /** A name of a table or sequence: unqualified, or qualified by a schema, each part a name. */
    static void requireTableName(String name, String what) {
        requireName(name, what);
        List<String> parts = parts(name);
        if (parts.size() > 2 || parts.stream().anyMatch(part -> part.isBlank() || unquoted(part).isEmpty())) {
            throw new IllegalArgumentException(what + " name " + name + " is not a name or schema.name");
        }
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        columns.forEach(c -> requireName(c, "column of " + what));
        return List.copyOf(columns);
    }
}
