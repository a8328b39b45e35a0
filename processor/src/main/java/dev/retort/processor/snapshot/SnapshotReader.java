package dev.retort.processor.snapshot;

import static dev.retort.processor.snapshot.SnapshotFormat.CHECKS;
import static dev.retort.processor.snapshot.SnapshotFormat.COLUMNS;
import static dev.retort.processor.snapshot.SnapshotFormat.COMMENT;
import static dev.retort.processor.snapshot.SnapshotFormat.CONSTANTS;
import static dev.retort.processor.snapshot.SnapshotFormat.DEFAULT;
import static dev.retort.processor.snapshot.SnapshotFormat.DESCENDING;
import static dev.retort.processor.snapshot.SnapshotFormat.ENTITY;
import static dev.retort.processor.snapshot.SnapshotFormat.SUBCLASSES;
import static dev.retort.processor.snapshot.SnapshotFormat.ENUM;
import static dev.retort.processor.snapshot.SnapshotFormat.EXPRESSION;
import static dev.retort.processor.snapshot.SnapshotFormat.FOREIGN_KEYS;
import static dev.retort.processor.snapshot.SnapshotFormat.FORMAT;
import static dev.retort.processor.snapshot.SnapshotFormat.FUNCTION;
import static dev.retort.processor.snapshot.SnapshotFormat.IDENTITY;
import static dev.retort.processor.snapshot.SnapshotFormat.INCREMENT;
import static dev.retort.processor.snapshot.SnapshotFormat.INDEXES;
import static dev.retort.processor.snapshot.SnapshotFormat.NAME;
import static dev.retort.processor.snapshot.SnapshotFormat.NULLABLE;
import static dev.retort.processor.snapshot.SnapshotFormat.ON_DELETE;
import static dev.retort.processor.snapshot.SnapshotFormat.PRIMARY_KEY;
import static dev.retort.processor.snapshot.SnapshotFormat.REFERENCED_COLUMNS;
import static dev.retort.processor.snapshot.SnapshotFormat.REFERENCED_TABLE;
import static dev.retort.processor.snapshot.SnapshotFormat.REVISION;
import static dev.retort.processor.snapshot.SnapshotFormat.SEQUENCES;
import static dev.retort.processor.snapshot.SnapshotFormat.SQL_TYPE;
import static dev.retort.processor.snapshot.SnapshotFormat.START;
import static dev.retort.processor.snapshot.SnapshotFormat.STORAGE;
import static dev.retort.processor.snapshot.SnapshotFormat.TABLES;
import static dev.retort.processor.snapshot.SnapshotFormat.TYPE;
import static dev.retort.processor.snapshot.SnapshotFormat.UNIQUE;
import static dev.retort.processor.snapshot.SnapshotFormat.UNIQUE_CONSTRAINTS;
import static dev.retort.processor.snapshot.SnapshotFormat.VALUE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.processor.Message;
import dev.retort.processor.entity.EnumColumn;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Reads a snapshot file, checking every field, so that a hand-edited or half-merged file fails with its location. A
 * table's {@code entity} is optional, so that older and hand-written snapshots still load.
 */
public final class SnapshotReader {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SnapshotReader() {}

    /** The snapshot in {@code file}; {@link Snapshot#EMPTY} when there is no such file. */
    public static Snapshot read(Path file) throws SnapshotException {
        if (!Files.exists(file)) {
            return Snapshot.EMPTY;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SnapshotException(Message.SNAPSHOT_UNREADABLE, e.toString());
        }
        return parse(text);
    }

    static Snapshot parse(String text) throws SnapshotException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SnapshotException(Message.SNAPSHOT_UNREADABLE, "invalid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new SnapshotException(Message.SNAPSHOT_INVALID, "the file is empty");
        }
        JsonCursor snapshot = JsonCursor.root(root).requireObject(Set.of(FORMAT, REVISION, TABLES, SEQUENCES));
        int format = snapshot.integer(FORMAT);
        if (format != SnapshotFormat.VERSION) {
            throw snapshot.child(FORMAT).invalid(
                    "format " + format + " is not known to this version of Retort (expected " + SnapshotFormat.VERSION
                            + ")");
        }
        List<Table> tables = new ArrayList<>();
        Map<String, String> entities = new HashMap<>();
        Map<String, List<String>> subclasses = new HashMap<>();
        Map<String, Map<String, EnumColumn>> enums = new HashMap<>();
        for (JsonCursor table : snapshot.elements(TABLES)) {
            Map<String, EnumColumn> tableEnums = new HashMap<>();
            Table read = table(table, tableEnums);
            tables.add(read);
            if (!tableEnums.isEmpty()) {
                enums.put(read.name(), tableEnums);
            }
            Optional<String> entity = entity(table);
            entity.ifPresent(name -> entities.put(read.name(), name));
            List<String> kept = table.strings(SUBCLASSES);
            for (String subclass : kept) {
                if (!SourceVersion.isName(subclass)) {
                    throw table.child(SUBCLASSES).invalid("expected qualified names of classes");
                }
            }
            if (!kept.isEmpty()) {
                subclasses.put(read.name(), kept);
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (JsonCursor sequence : snapshot.elements(SEQUENCES)) {
            sequence.requireObject(Set.of(NAME, START, INCREMENT));
            sequences.add(build(sequence, () -> new Sequence(sequence.text(NAME), sequence.longInteger(START),
                    sequence.longInteger(INCREMENT))));
        }
        Schema schema;
        try {
            schema = new Schema(tables);
        } catch (IllegalArgumentException e) {
            throw snapshot.child(TABLES).invalid(e.getMessage());
        }
        Schema withSequences = build(snapshot.child(SEQUENCES), () -> new Schema(schema.tables(), sequences));
        try {
            return new Snapshot(snapshot.optionalText(REVISION), withSequences, entities, enums, subclasses);
        } catch (IllegalArgumentException e) {
            throw snapshot.child(TABLES).invalid(e.getMessage());
        }
    }

    private static Table table(JsonCursor table, Map<String, EnumColumn> enums) throws SnapshotException {
        table.requireObject(Set.of(NAME, ENTITY, SUBCLASSES, COMMENT, COLUMNS, PRIMARY_KEY, UNIQUE_CONSTRAINTS, FOREIGN_KEYS,
                CHECKS, INDEXES));
        List<Column> columns = new ArrayList<>();
        for (JsonCursor column : table.elements(COLUMNS)) {
            Column read = column(column);
            columns.add(read);
            enumColumn(column).ifPresent(mapping -> enums.put(read.name(), mapping));
        }
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        for (JsonCursor constraint : table.elements(UNIQUE_CONSTRAINTS)) {
            constraint.requireObject(Set.of(NAME, COLUMNS));
            uniqueConstraints.add(build(constraint,
                    () -> new UniqueConstraint(constraint.text(NAME), constraint.strings(COLUMNS))));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonCursor key : table.elements(FOREIGN_KEYS)) {
            key.requireObject(Set.of(NAME, COLUMNS, REFERENCED_TABLE, REFERENCED_COLUMNS, ON_DELETE));
            ReferentialAction onDelete = build(key.child(ON_DELETE), () -> ReferentialAction.fromSql(
                    key.optionalText(ON_DELETE).orElse(ReferentialAction.NO_ACTION.sql())));
            foreignKeys.add(build(key, () -> new ForeignKey(key.text(NAME), key.strings(COLUMNS),
                    key.text(REFERENCED_TABLE), key.strings(REFERENCED_COLUMNS), onDelete)));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (JsonCursor check : table.elements(CHECKS)) {
            check.requireObject(Set.of(NAME, EXPRESSION));
            checks.add(build(check, () -> new CheckConstraint(check.text(NAME), check.text(EXPRESSION))));
        }
        List<Index> indexes = new ArrayList<>();
        for (JsonCursor index : table.elements(INDEXES)) {
            index.requireObject(Set.of(NAME, COLUMNS, DESCENDING, UNIQUE));
            List<String> descending = index.strings(DESCENDING);
            if (new HashSet<>(descending).size() != descending.size()) {
                throw index.child(DESCENDING).invalid("names a column twice");
            }
            indexes.add(build(index, () -> new Index(index.text(NAME), index.strings(COLUMNS),
                    index.bool(UNIQUE, false), new HashSet<>(descending))));
        }
        return build(table, () -> new Table(table.text(NAME), columns, table.strings(PRIMARY_KEY), uniqueConstraints,
                foreignKeys, indexes, checks, table.optionalText(COMMENT)));
    }

    /** The qualified name of the table's entity class, as {@link javax.lang.model.util.Elements} looks classes up. */
    private static Optional<String> entity(JsonCursor table) throws SnapshotException {
        Optional<String> entity = table.optionalText(ENTITY);
        if (entity.isPresent() && !SourceVersion.isName(entity.get())) {
            throw table.child(ENTITY).invalid("expected the qualified name of a class");
        }
        return entity;
    }

    private static Column column(JsonCursor column) throws SnapshotException {
        column.requireObject(Set.of(NAME, TYPE, SQL_TYPE, NULLABLE, IDENTITY, DEFAULT, COMMENT, ENUM));
        ColumnType type = type(column);
        Optional<DefaultValue> defaultValue = defaultValue(column);
        return build(column, () -> new Column(column.text(NAME), type, column.bool(NULLABLE, true),
                column.bool(IDENTITY, false), defaultValue, column.optionalText(COMMENT)));
    }

    /** {@code "type": "varchar(255)"}, one of Retort's types; or {@code "sqlType": "jsonb"}, a custom type. */
    private static ColumnType type(JsonCursor column) throws SnapshotException {
        Optional<String> sqlType = column.optionalText(SQL_TYPE);
        if (sqlType.isEmpty()) {
            return build(column.child(TYPE), () -> ColumnType.parse(column.text(TYPE)));
        }
        if (column.optionalText(TYPE).isPresent()) {
            throw column.invalid("expected either \"type\" or \"sqlType\"");
        }
        return build(column.child(SQL_TYPE), () -> ColumnType.custom(sqlType.get()));
    }

    /** {@code {"value": "0"}}, or {@code {"function": "CURRENT_TIMESTAMP"}} (or {@code CURRENT_DATE}). */
    private static Optional<DefaultValue> defaultValue(JsonCursor column) throws SnapshotException {
        Optional<JsonCursor> node = column.optionalObject(DEFAULT, Set.of(VALUE, FUNCTION));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        JsonCursor value = node.get();
        Optional<String> literal = value.optionalText(VALUE);
        Optional<String> function = value.optionalText(FUNCTION);
        if (literal.isPresent() == function.isPresent()) {
            throw value.invalid("expected either \"value\" or \"function\"");
        }
        if (literal.isPresent()) {
            return Optional.of(DefaultValue.of(literal.get()));
        }
        return switch (function.get()) {
            case "CURRENT_DATE" -> Optional.of(DefaultValue.CURRENT_DATE);
            case "CURRENT_TIMESTAMP" -> Optional.of(DefaultValue.CURRENT_TIMESTAMP);
            default -> throw value.child(FUNCTION).invalid("expected CURRENT_DATE or CURRENT_TIMESTAMP");
        };
    }

    private static Optional<EnumColumn> enumColumn(JsonCursor column) throws SnapshotException {
        Optional<JsonCursor> node = column.optionalObject(ENUM, Set.of(STORAGE, CONSTANTS));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        JsonCursor mapping = node.get();
        EnumColumn.Storage storage = switch (mapping.text(STORAGE)) {
            case "ORDINAL" -> EnumColumn.Storage.ORDINAL;
            case "STRING" -> EnumColumn.Storage.STRING;
            default -> throw mapping.child(STORAGE).invalid("expected ORDINAL or STRING");
        };
        return Optional.of(new EnumColumn(storage, mapping.strings(CONSTANTS)));
    }

    /** Runs a constructor of the model, turning its complaint into an error at {@code where}. */
    private static <T> T build(JsonCursor where, ModelConstructor<T> constructor) throws SnapshotException {
        try {
            return constructor.construct();
        } catch (IllegalArgumentException e) {
            throw where.invalid(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ModelConstructor<T> {
        T construct() throws SnapshotException;
    }
}
