package dev.retort.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Rules for identifiers: the default names of constraints and indexes, and the limit every name must respect.
 *
 * <p>A name written as {@code "Name"} (in double quotes) is a quoted identifier: dialects keep its case. Any other name
 * is folded the way the database folds unquoted names, so the unquoted SQL an ORM sends finds it.
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
        StringBuilder name = new StringBuilder(prefix).append('_').append(unquoted(table));
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

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        columns.forEach(c -> requireName(c, "column of " + what));
        return List.copyOf(columns);
    }
}
