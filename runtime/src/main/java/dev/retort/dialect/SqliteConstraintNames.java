package dev.retort.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the unique constraints and foreign keys, and the check constraints, in a CREATE TABLE statement as
 * SQLite keeps it in {@code sqlite_schema}. SQLite's pragmas report the first without their names and do not report
 * checks at all, so this is the one place they are found. It reads the forms Retort writes:
 * {@code CONSTRAINT "n" UNIQUE (...)}, {@code CONSTRAINT "n" FOREIGN KEY (...) REFERENCES "t" (...)} and
 * {@code CONSTRAINT "n" CHECK (...)} as table constraints, and {@code "c" type CONSTRAINT "n" REFERENCES "t" (...)}
 * for a column added with its foreign key. A check's expression is the text between its parentheses, as written.
 */
final class SqliteConstraintNames {

    private enum TokenKind { WORD, QUOTED, SYMBOL }

    private record Token(TokenKind kind, String text, int start, int end) {

        boolean isWord(String keyword) {
            return kind == TokenKind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isSymbol(String symbol) {
            return kind == TokenKind.SYMBOL && text.equals(symbol);
        }
    }

    /** A foreign key's shape: its columns and the table it references, all lower case as SQLite compares them. */
    private record ForeignKeyShape(List<String> columns, String referencedTable) {}

    private final String sql;
    private final Map<List<String>, String> uniqueConstraints = new HashMap<>();
    private final Map<ForeignKeyShape, String> foreignKeys = new HashMap<>();
    private final Map<String, String> checks = new LinkedHashMap<>();

    private SqliteConstraintNames(String sql) {
        this.sql = sql;
    }

    static SqliteConstraintNames parse(String createTable) {
        SqliteConstraintNames names = new SqliteConstraintNames(createTable);
        for (List<Token> definition : definitions(tokens(createTable))) {
            names.read(definition);
        }
        return names;
    }

    /** The named check constraints: their expressions by name, in the order they are declared. */
    Map<String, String> checks() {
        return Collections.unmodifiableMap(checks);
    }

    Optional<String> uniqueConstraint(List<String> columns) {
        return Optional.ofNullable(uniqueConstraints.get(lowerCase(columns)));
    }

    Optional<String> foreignKey(List<String> columns, String referencedTable) {
        return Optional.ofNullable(foreignKeys.get(shape(columns, referencedTable)));
    }

    private void read(List<Token> definition) {
        if (definition.size() < 3) {
            return;
        }
        if (definition.get(0).isWord("CONSTRAINT")) {
            String name = definition.get(1).text();
            Token kind = definition.get(2);
            if (kind.isWord("UNIQUE")) {
                uniqueConstraints.put(lowerCase(names(definition, 3)), name);
            } else if (kind.isWord("FOREIGN")) {
                int references = indexOfWord(definition, "REFERENCES");
                if (references > 0 && references + 1 < definition.size()) {
                    foreignKeys.put(shape(names(definition, 3), definition.get(references + 1).text()), name);
                }
            } else if (kind.isWord("CHECK")) {
                checks.put(name, parenthesized(definition, 3));
            }
            return;
        }
        if (definition.get(0).kind() == TokenKind.SYMBOL || isTableConstraintKeyword(definition.get(0))) {
            return;
        }
        List<String> column = List.of(definition.get(0).text());
        for (int i = 1; i + 2 < definition.size(); i++) {
            if (!definition.get(i).isWord("CONSTRAINT")) {
                continue;
            }
            String name = definition.get(i + 1).text();
            Token kind = definition.get(i + 2);
            if (kind.isWord("UNIQUE")) {
                uniqueConstraints.put(lowerCase(column), name);
            } else if (kind.isWord("REFERENCES") && i + 3 < definition.size()) {
                foreignKeys.put(shape(column, definition.get(i + 3).text()), name);
            }
        }
    }

    /** The text between the first parenthesis at or after {@code from} and the one that closes it. */
    private String parenthesized(List<Token> definition, int from) {
        int open = from;
        while (open < definition.size() && !definition.get(open).isSymbol("(")) {
            open++;
        }
        int depth = 0;
        for (int i = open; i < definition.size(); i++) {
            if (definition.get(i).isSymbol("(")) {
                depth++;
            } else if (definition.get(i).isSymbol(")") && --depth == 0) {
                return sql.substring(definition.get(open).end(), definition.get(i).start());
            }
        }
        return "";
    }

    private static boolean isTableConstraintKeyword(Token token) {
        return token.isWord("PRIMARY") || token.isWord("UNIQUE") || token.isWord("FOREIGN") || token.isWord("CHECK");
    }

    /** The first name of each item in the first parenthesized list at or after {@code from}. */
    private static List<String> names(List<Token> definition, int from) {
        int open = from;
        while (open < definition.size() && !definition.get(open).isSymbol("(")) {
            open++;
        }
        List<String> names = new ArrayList<>();
        boolean expectName = true;
        for (int i = open + 1; i < definition.size() && !definition.get(i).isSymbol(")"); i++) {
            Token token = definition.get(i);
            if (token.isSymbol(",")) {
                expectName = true;
            } else if (expectName) {
                names.add(token.text());
                expectName = false;
            }
        }
        return names;
    }

    private static int indexOfWord(List<Token> tokens, String keyword) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** The comma-separated column definitions and table constraints between the statement's outer parentheses. */
    private static List<List<Token>> definitions(List<Token> tokens) {
        List<List<Token>> definitions = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token token : tokens) {
            if (token.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
            if (depth == 1 && token.isSymbol(",")) {
                definitions.add(current);
                current = new ArrayList<>();
            } else if (depth >= 1) {
                current.add(token);
            }
            if (token.isSymbol("(")) {
                depth++;
            }
        }
        definitions.add(current);
        return definitions;
    }

    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(TokenKind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            } else if (c == '"' || c == '`' || c == '\'' || c == '[') {
                char close = c == '[' ? ']' : c;
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < sql.length()) {
                    char d = sql.charAt(j);
                    if (d == close && close != ']' && j + 1 < sql.length() && sql.charAt(j + 1) == close) {
                        text.append(close);
                        j += 2;
                    } else if (d == close) {
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                tokens.add(new Token(TokenKind.QUOTED, text.toString(), i, Math.min(j + 1, sql.length())));
                i = j + 1;
            } else {
                int j = i;
                while (j < sql.length() && !Character.isWhitespace(sql.charAt(j))
                        && "(),\"`'[".indexOf(sql.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(new Token(TokenKind.WORD, sql.substring(i, j), i, j));
                i = j;
            }
        }
        return tokens;
    }

    private static ForeignKeyShape shape(List<String> columns, String referencedTable) {
        return new ForeignKeyShape(lowerCase(columns), referencedTable.toLowerCase(Locale.ROOT));
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
