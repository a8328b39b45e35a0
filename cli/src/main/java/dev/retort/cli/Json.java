package dev.retort.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (objects, in their order), lists, strings, numbers, booleans and nulls as indented JSON. Small
 * enough to write by hand, which spares the application's class path a JSON library in a version of our choosing.
 */
final class Json {

    private final StringBuilder text = new StringBuilder();

    private Json() {}

    /** An object with these keys and values, in this order: {@code object("id", "a1", "applied", true)}. */
    static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values do not pair up");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** The document, ending with a line break. */
    static String write(Object value) {
        Json json = new Json();
        json.value(value, 0);
        return json.text.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof String string) {
            string(string);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            text.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            text.append("{}");
            return;
        }
        text.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            indent(depth + 1);
            string((String) entry.getKey());
            text.append(": ");
            value(entry.getValue(), depth + 1);
            if (entries.hasNext()) {
                text.append(',');
            }
        }
        indent(depth);
        text.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            text.append("[]");
            return;
        }
        text.append('[');
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1);
            value(list.get(i), depth + 1);
            if (i < list.size() - 1) {
                text.append(',');
            }
        }
        indent(depth);
        text.append(']');
    }

    private void indent(int depth) {
        text.append('\n').append("  ".repeat(depth));
    }

    /** RFC 8259: quotes, backslashes and control characters are escaped; everything else is written as it is. */
    private void string(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
