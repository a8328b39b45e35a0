package dev.retort.cli;

import static dev.retort.cli.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written JSON, read back by Jackson: what a program reading our output sees. */
class JsonTest {

    @Test
    void whatIsWrittenReadsBackAsItWas() throws Exception {
        String awkward = "quote \" backslash \\ newline \n tab \t bell \u0007 nul \u0000 é ✓ 😀 </script>";
        Map<String, Object> value = object(
                "text", awkward,
                "nothing", null,
                "yes", true,
                "count", 42,
                "big", 9_007_199_254_740_993L,
                "list", Arrays.asList("a", null, object()),
                "empty", List.of(),
                "nested", object("deeper", object("deepest", List.of(1, 2))));

        String json = Json.write(value);
        JsonNode read = new ObjectMapper().readTree(json);

        assertEquals(awkward, read.get("text").asText());
        assertEquals(true, read.get("nothing").isNull());
        assertEquals(true, read.get("yes").asBoolean());
        assertEquals(42, read.get("count").asInt());
        assertEquals(9_007_199_254_740_993L, read.get("big").asLong());
        assertEquals(3, read.get("list").size());
        assertEquals(true, read.get("list").get(1).isNull());
        assertEquals(0, read.get("list").get(2).size());
        assertEquals(0, read.get("empty").size());
        assertEquals(2, read.get("nested").get("deeper").get("deepest").get(1).asInt());
        assertEquals(List.of("text", "nothing", "yes", "count", "big", "list", "empty", "nested"),
                fieldNames(read), "keys keep their order");
        assertEquals("{\n  \"a\": [\n    1\n  ]\n}\n", Json.write(object("a", List.of(1))));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(object("when", java.time.Instant.EPOCH)));
        assertThrows(IllegalArgumentException.class, () -> Json.object("lonely key"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
