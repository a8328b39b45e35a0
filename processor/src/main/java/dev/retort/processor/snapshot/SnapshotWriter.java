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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.retort.processor.entity.EnumColumn;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a snapshot as JSON that changes little when the schema changes little: fields in a fixed order (a table's
 * {@code entity} right after its {@code name}), tables and constraints sorted by name (the model sorts them), empty
 * lists and absent options (defaults, comments, {@code onDelete} NO ACTION) left out, two-space indentation, lists of
 * names on one line, LF line ends and a final newline.
 */
public final class SnapshotWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SnapshotWriter() {}

    public static String toJson(Snapshot snapshot) {
        ObjectNode root = NODES.objectNode().put(FORMAT, SnapshotFormat.VERSION);
        snapshot.revision().ifPresent(revision -> root.put(REVISION, revision));
        putList(root, TABLES, snapshot.schema().tables(), table -> table(table, snapshot));
        putList(root, SEQUENCES, snapshot.schema().sequences(), SnapshotWriter::sequence);
        StringBuilder out = new StringBuilder();
        write(root, "", out);
        return out.append('\n').toString();
    }

    private static ObjectNode table(Table table, Snapshot snapshot) {
        ObjectNode node = NODES.objectNode().put(NAME, table.name());
        snapshot.entityOf(table).ifPresent(name -> node.put(ENTITY, name));
        putList(node, SUBCLASSES, snapshot.subclassesOf(table), TextNode::valueOf);
        table.comment().ifPresent(text -> node.put(COMMENT, text));
        putList(node, COLUMNS, table.columns(),
                column -> column(column, snapshot.enumOf(table.name(), column.name())));
        putList(node, PRIMARY_KEY, table.primaryKey(), TextNode::valueOf);
        putList(node, UNIQUE_CONSTRAINTS, table.uniqueConstraints(), SnapshotWriter::uniqueConstraint);
        putList(node, FOREIGN_KEYS, table.foreignKeys(), SnapshotWriter::foreignKey);
        putList(node, CHECKS, table.checks(), SnapshotWriter::check);
        putList(node, INDEXES, table.indexes(), SnapshotWriter::index);
        return node;
    }

    private static ObjectNode column(Column column, Optional<EnumColumn> enumColumn) {
        ObjectNode node = NODES.objectNode()
                .put(NAME, column.name())
                .put(column.type().isCustom() ? SQL_TYPE : TYPE, column.type().toString())
                .put(NULLABLE, column.nullable());
        if (column.identity()) {
            node.put(IDENTITY, true);
        }
        column.defaultValue().ifPresent(value -> node.set(DEFAULT, value.isLiteral()
                ? NODES.objectNode().put(VALUE, value.text())
                : NODES.objectNode().put(FUNCTION, value.kind().name())));
        column.comment().ifPresent(text -> node.put(COMMENT, text));
        enumColumn.ifPresent(mapping -> {
            ObjectNode enumNode = NODES.objectNode().put(STORAGE, mapping.storage().name());
            putList(enumNode, CONSTANTS, mapping.constants(), TextNode::valueOf);
            node.set(ENUM, enumNode);
        });
        return node;
    }

    private static ObjectNode check(CheckConstraint check) {
        return NODES.objectNode().put(NAME, check.name()).put(EXPRESSION, check.expression());
    }

    private static ObjectNode sequence(Sequence sequence) {
        return NODES.objectNode().put(NAME, sequence.name()).put(START, sequence.start())
                .put(INCREMENT, sequence.increment());
    }

    private static ObjectNode uniqueConstraint(UniqueConstraint constraint) {
        ObjectNode node = NODES.objectNode().put(NAME, constraint.name());
        putList(node, COLUMNS, constraint.columns(), TextNode::valueOf);
        return node;
    }

    private static ObjectNode foreignKey(ForeignKey foreignKey) {
        ObjectNode node = NODES.objectNode().put(NAME, foreignKey.name());
        putList(node, COLUMNS, foreignKey.columns(), TextNode::valueOf);
        node.put(REFERENCED_TABLE, foreignKey.referencedTable());
        putList(node, REFERENCED_COLUMNS, foreignKey.referencedColumns(), TextNode::valueOf);
        if (foreignKey.onDelete() != ReferentialAction.NO_ACTION) {
            node.put(ON_DELETE, foreignKey.onDelete().sql());
        }
        return node;
    }

    private static ObjectNode index(Index index) {
        ObjectNode node = NODES.objectNode().put(NAME, index.name());
        putList(node, COLUMNS, index.columns(), TextNode::valueOf);
        putList(node, DESCENDING, List.copyOf(index.descending()), TextNode::valueOf);
        return node.put(UNIQUE, index.unique());
    }

    private static <T> void putList(ObjectNode node, String field, List<T> items, Function<T, JsonNode> toNode) {
        if (!items.isEmpty()) {
            ArrayNode array = node.putArray(field);
            items.forEach(item -> array.add(toNode.apply(item)));
        }
    }

    private static void write(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject()) {
            out.append("{\n");
            List<Map.Entry<String, JsonNode>> fields = List.copyOf(node.properties());
            for (int i = 0; i < fields.size(); i++) {
                out.append(indent).append("  ").append(TextNode.valueOf(fields.get(i).getKey())).append(": ");
                write(fields.get(i).getValue(), indent + "  ", out);
                out.append(i < fields.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(indent).append("  ");
                write(node.get(i), indent + "  ", out);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(node.get(i));
            }
            out.append(']');
        } else {
            // Jackson's text form of a single value is valid JSON, strings escaped.
            out.append(node);
        }
    }
}
