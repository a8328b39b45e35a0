package dev.retort.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.processor.Message;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotFormatTest {

    private static final Table FEES = new Table("fees",
            List.of(new Column("id", ColumnType.BIGINT, false, true),
                    new Column("a", ColumnType.VARCHAR(10), true, false),
                    new Column("b\"quoted\"", ColumnType.NUMERIC(5, 1), false, false)),
            List.of("id"),
            List.of(new UniqueConstraint("uk", List.of("a", "b\"quoted\""))),
            List.of(new ForeignKey("fk", List.of("a"), "fees", List.of("id"))),
            List.of(new Index("ix", List.of("a"), true)));

    @Test
    void writesStableCompactJson() {
        Snapshot snapshot = new Snapshot(Optional.of("0123456789ab"),
                new Schema(List.of(Table.of("z", List.of(new Column("id", ColumnType.UUID, false, false))), FEES)));

        assertEquals("""
                {
                  "format": 1,
                  "revision": "0123456789ab",
                  "tables": [
                    {
                      "name": "fees",
                      "columns": [
                        {
                          "name": "id",
                          "type": "bigint",
                          "nullable": false,
                          "identity": true
                        },
                        {
                          "name": "a",
                          "type": "varchar(10)",
                          "nullable": true
                        },
                        {
                          "name": "b\\"quoted\\"",
                          "type": "numeric(5,1)",
                          "nullable": false
                        }
                      ],
                      "primaryKey": ["id"],
                      "uniqueConstraints": [
                        {
                          "name": "uk",
                          "columns": ["a", "b\\"quoted\\""]
                        }
                      ],
                      "foreignKeys": [
                        {
                          "name": "fk",
                          "columns": ["a"],
                          "referencedTable": "fees",
                          "referencedColumns": ["id"]
                        }
                      ],
                      "indexes": [
                        {
                          "name": "ix",
                          "columns": ["a"],
                          "unique": true
                        }
                      ]
                    },
                    {
                      "name": "z",
                      "columns": [
                        {
                          "name": "id",
                          "type": "uuid",
                          "nullable": false
                        }
                      ]
                    }
                  ]
                }
                """, SnapshotWriter.toJson(snapshot));
    }

    @Test
    void readsWhatItWrites() throws SnapshotException {
        Snapshot snapshot = new Snapshot(Optional.of("0123456789ab"), new Schema(List.of(FEES)));

        assertEquals(snapshot, SnapshotReader.parse(SnapshotWriter.toJson(snapshot)));
    }

    @Test
    void writesCustomTypesAsSqlTypeAndReadsEveryType() throws SnapshotException {
        Table types = Table.of("types", List.of(new Column("ratio", ColumnType.REAL, true, false),
                new Column("initial", ColumnType.CHAR(1), false, false),
                new Column("opens", ColumnType.TIME, true, false),
                new Column("body", ColumnType.CLOB, true, false),
                new Column("scan", ColumnType.BLOB, true, false),
                new Column("doc", ColumnType.custom("jsonb"), true, false),
                new Column("big", ColumnType.custom("bigint"), true, false)));
        Snapshot snapshot = new Snapshot(Optional.empty(), new Schema(List.of(types)));

        String json = SnapshotWriter.toJson(snapshot);

        assertEquals(snapshot, SnapshotReader.parse(json));
        assertTrue(json.contains("\"name\": \"initial\",\n          \"type\": \"char(1)\","), json);
        assertTrue(json.contains("\"name\": \"doc\",\n          \"sqlType\": \"jsonb\",\n          \"nullable\": true"),
                json);
        assertTrue(json.contains("\"sqlType\": \"bigint\""), json);
        assertTrue(json.contains("\"type\": \"clob\"") && json.contains("\"type\": \"blob\"")
                && json.contains("\"type\": \"real\"") && json.contains("\"type\": \"time\""), json);
    }

    @Test
    void writesDescendingIndexColumnsInTheirOrder() throws SnapshotException {
        Table posts = new Table("posts", List.of(new Column("id", ColumnType.BIGINT, false, false),
                new Column("published_at", ColumnType.TIMESTAMP, true, false)), List.of("id"), List.of(), List.of(),
                List.of(new Index("ix_posts_published_at", List.of("published_at", "id"), false,
                        Set.of("id", "published_at")), new Index("ix_posts_id", List.of("id"), false)));
        Snapshot snapshot = new Snapshot(Optional.empty(), new Schema(List.of(posts)));

        String json = SnapshotWriter.toJson(snapshot);

        assertEquals(snapshot, SnapshotReader.parse(json));
        assertTrue(json.contains("\"name\": \"ix_posts_published_at\",\n          \"columns\": [\"published_at\", \"id\"],\n"
                + "          \"descending\": [\"published_at\", \"id\"],\n          \"unique\": false"), json);
        assertTrue(json.contains("\"name\": \"ix_posts_id\",\n          \"columns\": [\"id\"],\n"
                + "          \"unique\": false"), json);
    }

    @Test
    void writesTheEntityOfATableRightAfterItsName() {
        Snapshot snapshot = new Snapshot(Optional.empty(),
                new Schema(List.of(Table.of("a", List.of(new Column("id", ColumnType.UUID, false, false))),
                        Table.of("b", List.of(new Column("id", ColumnType.UUID, false, false))))),
                Map.of("a", "com.example.A"));

        assertEquals("""
                {
                  "format": 1,
                  "tables": [
                    {
                      "name": "a",
                      "entity": "com.example.A",
                      "columns": [
                        {
                          "name": "id",
                          "type": "uuid",
                          "nullable": false
                        }
                      ]
                    },
                    {
                      "name": "b",
                      "columns": [
                        {
                          "name": "id",
                          "type": "uuid",
                          "nullable": false
                        }
                      ]
                    }
                  ]
                }
                """, SnapshotWriter.toJson(snapshot));
    }

    @Test
    void readsTheEntityOfATable() throws SnapshotException {
        Snapshot snapshot = SnapshotReader.parse("{\"format\": 1, \"tables\": [{\"name\": \"fees\", "
                + "\"entity\": \"com.example.school.Fee\", \"columns\": [{\"name\": \"id\", \"type\": \"bigint\"}]}]}");

        assertEquals(Map.of("fees", "com.example.school.Fee"), snapshot.entities());
        assertEquals(Optional.of("com.example.school.Fee"), snapshot.entityOf(snapshot.schema().requireTable("fees")));
    }

    @Test
    void readsATableWithoutEntity() throws SnapshotException {
        Snapshot snapshot = SnapshotReader.parse("{\"format\": 1, \"tables\": [{\"name\": \"fees\", "
                + "\"columns\": [{\"name\": \"id\", \"type\": \"bigint\"}]}]}");

        assertEquals(Map.of(), snapshot.entities());
        assertEquals(Optional.empty(), snapshot.entityOf(snapshot.schema().requireTable("fees")));
        assertEquals(new Snapshot(Optional.empty(), snapshot.schema()), snapshot);
    }

    @Test
    void readsEntitiesItWrites() throws SnapshotException {
        Snapshot snapshot = new Snapshot(Optional.of("0123456789ab"),
                new Schema(List.of(FEES, Table.of("z", List.of(new Column("id", ColumnType.UUID, false, false))))),
                Map.of("fees", "com.example.school.Fee", "z", "com.example.Outer.Z"));

        assertEquals(snapshot, SnapshotReader.parse(SnapshotWriter.toJson(snapshot)));
    }

    @Test
    void oneEntityMayOwnSeveralTablesAndKeepSubclassesInOne() throws SnapshotException {
        Table tags = Table.of("fee_tags", List.of(new Column("fee_id", ColumnType.BIGINT, false, false)));
        Snapshot snapshot = new Snapshot(Optional.of("0123456789ab"), new Schema(List.of(FEES, tags)),
                Map.of("fees", "com.example.school.Fee", "fee_tags", "com.example.school.Fee"), Map.of(),
                Map.of("fees", List.of("com.example.school.LateFee", "com.example.school.EarlyFee")));

        String json = SnapshotWriter.toJson(snapshot);

        assertTrue(json.contains("""
                      "entity": "com.example.school.Fee",
                      "subclasses": ["com.example.school.EarlyFee", "com.example.school.LateFee"],
                """), json);
        assertEquals(snapshot, SnapshotReader.parse(json));
        assertEquals(Set.of("com.example.school.Fee", "com.example.school.EarlyFee", "com.example.school.LateFee"),
                snapshot.entityClasses());
    }

    @Test
    void anEntityNeedsATable() {
        assertThrows(IllegalArgumentException.class,
                () -> new Snapshot(Optional.empty(), Schema.EMPTY, Map.of("fees", "com.example.school.Fee")));
    }

    @Test
    void emptySnapshot() throws SnapshotException {
        assertEquals("{\n  \"format\": 1\n}\n", SnapshotWriter.toJson(Snapshot.EMPTY));
        assertEquals(Snapshot.EMPTY, SnapshotReader.parse("{\"format\": 1}"));
    }

    @Test
    void complaintsSayWhere() {
        assertInvalid("{\"format\": 2}", "format: format 2 is not known to this version of Retort (expected 1)");
        assertInvalid("{\"tables\": []}", "format: missing");
        assertInvalid("[]", "expected an object");
        assertInvalid("", "the file is empty");
        assertInvalid("{\"format\": 1, \"tables\": [{\"columns\": []}]}", "tables[0].name: missing");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"type\": \"integer\", \"nullable\": \"no\"}]}]}", "tables[0].columns[0].nullable: expected true or false");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"primaryKey\": [\"x\"]}]}",
                "tables[0]: primary key of table ");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\"}, {\"name\": \"t\"}]}",
                "tables: two tables named t");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"type\": \"varchar\"}]}]}", "tables[0].columns[0].type: wrong number of arguments");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"type\": \"text\"}]}]}", "tables[0].columns[0].type: unknown column type 'text'");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"type\": \"text\", \"sqlType\": \"text\"}]}]}",
                "tables[0].columns[0]: expected either \"type\" or \"sqlType\"");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"sqlType\": \" \"}]}]}", "tables[0].columns[0].sqlType: a custom column type needs its SQL");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"type\": \"integer\"}], \"indexes\": [{\"name\": \"ix\", \"columns\": [\"a\"], "
                + "\"descending\": [\"b\"]}]}]}", "tables[0].indexes[0]: index ix has no column b to sort descending");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", "
                + "\"type\": \"integer\"}], \"indexes\": [{\"name\": \"ix\", \"columns\": [\"a\"], "
                + "\"descending\": [\"a\", \"a\"]}]}]}", "tables[0].indexes[0].descending: names a column twice");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"entity\": 7}]}",
                "tables[0].entity: expected a string");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"entity\": \"com/example/Fee\"}]}",
                "tables[0].entity: expected the qualified name of a class");
        assertInvalid("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"subclasses\": [\"com/example/Sub\"]}]}",
                "tables[0].subclasses: expected qualified names of classes");
    }

    @Test
    void invalidJsonSaysLineAndColumn() {
        SnapshotException e = assertThrows(SnapshotException.class,
                () -> SnapshotReader.parse("{\n  \"format\": 1,\n  \"format\": 1\n}"));

        assertEquals(Message.SNAPSHOT_UNREADABLE, e.message());
        assertEquals("invalid JSON at line 3, column 11: Duplicate field 'format'", e.getMessage());
    }

    private static void assertInvalid(String json, String problem) {
        SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotReader.parse(json));
        assertEquals(Message.SNAPSHOT_INVALID, e.message());
        assertEquals(problem, e.getMessage().substring(0, Math.min(problem.length(), e.getMessage().length())),
                e.getMessage());
    }
}
