package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;

/** The identifiers in a piece of SQL: bare words and double-quoted names, skipping string literals and numbers. */
final class SqlWords {

    private SqlWords() {}

    static List<String> identifiers(String sql) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                if (c != '\'') {
                    words.add(sql.substring(i + 1, end).replace(String.valueOf(c) + c, String.valueOf(c)));
                }
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                words.add(sql.substring(i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return words;
    }

    /** The index of the quote that closes the one at {@code open}; a doubled quote is part of the text. */
    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return sql.length();
    }
}
