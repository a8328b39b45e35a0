package dev.retort.processor.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.processor.Message;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node of the snapshot's JSON tree with the path that leads to it ({@code tables[1].columns[0]}), so that every
 * complaint says where the problem is.
 */
final class JsonCursor {

    private final JsonNode node;
    private final String path;

    private JsonCursor(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonCursor root(JsonNode node) {
        return new JsonCursor(node, "");
    }

    /** Requires an object whose fields are all among {@code known}: a misspelt field is an error, not ignored. */
    JsonCursor requireObject(Set<String> known) throws SnapshotException {
        if (!node.isObject()) {
            throw invalid("expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw child(name).invalid("unknown field");
            }
        }
        return this;
    }

    String text(String field) throws SnapshotException {
        return optionalText(field).orElseThrow(() -> child(field).invalid("missing"));
    }

    Optional<String> optionalText(String field) throws SnapshotException {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw child(field).invalid("expected a string");
        }
        return Optional.of(value.textValue());
    }

    int integer(String field) throws SnapshotException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw child(field).invalid("missing");
        }
        if (!value.isInt()) {
            throw child(field).invalid("expected an integer");
        }
        return value.intValue();
    }

    long longInteger(String field) throws SnapshotException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw child(field).invalid("missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw child(field).invalid("expected an integer");
        }
        return value.longValue();
    }

    /** The object in {@code field}, if there is one. */
    Optional<JsonCursor> optionalObject(String field, Set<String> known) throws SnapshotException {
        if (node.get(field) == null) {
            return Optional.empty();
        }
        return Optional.of(child(field).requireObject(known));
    }

    boolean bool(String field, boolean absent) throws SnapshotException {
        JsonNode value = node.get(field);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw child(field).invalid("expected true or false");
        }
        return value.booleanValue();
    }

    /** The elements of array {@code field}; empty when the field is absent (the writer omits empty lists). */
    List<JsonCursor> elements(String field) throws SnapshotException {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        JsonCursor array = child(field);
        if (!value.isArray()) {
            throw array.invalid("expected an array");
        }
        List<JsonCursor> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new JsonCursor(value.get(i), array.path + "[" + i + "]"));
        }
        return elements;
    }

    List<String> strings(String field) throws SnapshotException {
        List<String> strings = new ArrayList<>();
        for (JsonCursor element : elements(field)) {
            if (!element.node.isTextual()) {
                throw element.invalid("expected a string");
            }
            strings.add(element.node.textValue());
        }
        return strings;
    }

    SnapshotException invalid(String problem) {
        return new SnapshotException(Message.SNAPSHOT_INVALID, path.isEmpty() ? problem : path + ": " + problem);
    }

    /** The cursor of {@code field} in this object, for messages about it. */
    JsonCursor child(String field) {
        return new JsonCursor(node.get(field), path.isEmpty() ? field : path + "." + field);
    }
}
