package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.ColumnType;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spelling Retort expects PostgreSQL to print for a type written in SQL, checked against the server itself. */
class PostgresTypesTest {

    private static final List<String> SPELLINGS = List.of("int", "int4", "INTEGER", "int2", "smallint", "int8",
            "bigint", "bool", "float8", "double precision", "float", "float(10)", "float(24)", "float(25)", "float4",
            "real", "varchar", "varchar(20)", "character varying (20)", "char varying(5)", "char", "char(3)",
            "character(2)", "bpchar", "bpchar(4)", "decimal", "decimal(8)", "numeric(10, 2)", "NUMERIC(5,1)",
            "timestamp", "timestamp(3)", "timestamptz", "timestamptz(3)", "timestamp(6) with time zone",
            "timestamp  without time zone", "time", "time(3)", "timetz", "time with time zone", "varbit",
            "bit varying(5)", "bit", "bit(3)", "int[]", "int4[][]", "integer array", "varchar(20)[]", "text", "jsonb",
            "JSONB", "int4range", "tsvector", "inet", "uuid", "bytea", "date", "interval", "pg_catalog.int4", "oid");

    @Test
    void canonicalSpellingIsWhatFormatTypePrints() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < SPELLINGS.size(); i++) {
                columns.add("c" + i + " " + SPELLINGS.get(i));
            }
            statement.execute("CREATE TABLE spellings (" + String.join(", ", columns) + ")");
            List<String> printed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 'spellings'::regclass AND attnum > 0 ORDER BY attnum")) {
                while (rows.next()) {
                    printed.add(rows.getString(1));
                }
            }
            assertEquals(printed, SPELLINGS.stream().map(PostgresTypes::canonical).toList());
        }
    }

    @Test
    void readsRetortsTypesAndKeepsTheOthersAsCustomTypes() {
        assertEquals(ColumnType.INTEGER, PostgresTypes.read("integer"));
        assertEquals(ColumnType.REAL, PostgresTypes.read("real"));
        assertEquals(ColumnType.CHAR(1), PostgresTypes.read("character(1)"));
        assertEquals(ColumnType.VARCHAR(20), PostgresTypes.read("character varying(20)"));
        assertEquals(ColumnType.NUMERIC(10, 2), PostgresTypes.read("numeric(10,2)"));
        assertEquals(ColumnType.TIME, PostgresTypes.read("time(0) without time zone"));
        assertEquals(ColumnType.custom("time(6) without time zone"), PostgresTypes.read("time(6) without time zone"));
        assertEquals(ColumnType.custom("time without time zone"), PostgresTypes.read("time without time zone"));
        assertEquals(ColumnType.TIMESTAMP, PostgresTypes.read("timestamp without time zone"));
        assertEquals(ColumnType.TIMESTAMP_TZ, PostgresTypes.read("timestamp(6) with time zone"));
        assertEquals(ColumnType.custom("time(3) without time zone"), PostgresTypes.read("time(3) without time zone"));
        assertEquals(ColumnType.custom("time with time zone"), PostgresTypes.read("time with time zone"));
        assertEquals(ColumnType.custom("numeric"), PostgresTypes.read("numeric"));
        assertEquals(ColumnType.custom("integer[]"), PostgresTypes.read("integer[]"));
        assertEquals(ColumnType.custom("\"Mood\""), PostgresTypes.read("\"Mood\""));
    }

    @Test
    void normalizesLargeObjectsAndCustomTypesAsPostgresKeepsThem() {
        assertEquals(PostgresTypes.OID, PostgresTypes.normalized(ColumnType.CLOB));
        assertEquals(PostgresTypes.OID, PostgresTypes.normalized(ColumnType.BLOB));
        assertEquals(ColumnType.INTEGER, PostgresTypes.normalized(ColumnType.custom("INT4")));
        assertEquals(ColumnType.VARCHAR(20), PostgresTypes.normalized(ColumnType.custom("varchar (20)")));
        assertEquals(ColumnType.custom("jsonb"), PostgresTypes.normalized(ColumnType.custom("JSONB")));
        assertEquals(ColumnType.CHAR(3), PostgresTypes.normalized(ColumnType.CHAR(3)));
    }
}
