package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void textFormRoundTrips() {
        List<ColumnType> all = List.of(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT,
                ColumnType.BOOLEAN, ColumnType.DOUBLE, ColumnType.NUMERIC(10, 2), ColumnType.VARCHAR(255),
                ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.TIMESTAMP_TZ, ColumnType.UUID, ColumnType.BINARY,
                ColumnType.REAL, ColumnType.CHAR(1), ColumnType.TIME, ColumnType.CLOB, ColumnType.BLOB);
        for (ColumnType type : all) {
            assertEquals(type, ColumnType.parse(type.toString()), type.toString());
        }
        assertEquals("numeric(10,2)", ColumnType.NUMERIC(10, 2).toString());
        assertEquals("timestamp with time zone", ColumnType.TIMESTAMP_TZ.toString());
        assertEquals("char(1)", ColumnType.CHAR(1).toString());
    }

    @Test
    void customTypesKeepTheirSqlAndAreNoneOfRetortsTypes() {
        ColumnType jsonb = ColumnType.custom(" jsonb ");
        assertEquals(ColumnType.Kind.CUSTOM, jsonb.kind());
        assertEquals("jsonb", jsonb.sqlType());
        assertEquals("jsonb", jsonb.toString());
        assertEquals(jsonb, ColumnType.custom("jsonb"));
        assertNotEquals(ColumnType.BIGINT, ColumnType.custom("bigint"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.custom(" "));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("custom"));
        assertThrows(IllegalArgumentException.class, () -> new ColumnType(ColumnType.Kind.BIGINT, 0, 0, 0, "int8"));
        assertEquals("", ColumnType.BIGINT.sqlType());
    }

    @Test
    void largeObjectsTakeNoDefault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Column("body",
                ColumnType.CLOB, true, false, Optional.of(DefaultValue.of("x")), Optional.empty()));
        assertEquals("large object column body (clob) cannot have a default", e.getMessage());
        assertEquals(DefaultValue.of(""), DefaultValue.zero(ColumnType.BLOB));
        assertEquals(DefaultValue.of("00:00:00"), DefaultValue.zero(ColumnType.TIME));
        assertThrows(IllegalArgumentException.class, () -> DefaultValue.of("08:30:00.25").forType(ColumnType.TIME));
        assertEquals(DefaultValue.of("08:30:00"), DefaultValue.of("08:30").forType(ColumnType.TIME));
        assertThrows(IllegalArgumentException.class, () -> DefaultValue.of("ab").forType(ColumnType.CHAR(1)));
    }

    @Test
    void parseAcceptsSpacingAndCase() {
        assertEquals(ColumnType.NUMERIC(12, 3), ColumnType.parse(" NUMERIC( 12 , 3 ) "));
        assertEquals(ColumnType.VARCHAR(20), ColumnType.parse("Varchar(20)"));
    }

    @Test
    void parseRejectsWhatItDoesNotKnow() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("varchr(3)"))
                .getMessage().contains("varchr(3)"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("varchar"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("bigint(3)"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("numeric(10)"));
    }

    @Test
    void argumentsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ColumnType.VARCHAR(0));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.NUMERIC(2, 3));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.CHAR(0));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("char"));
    }
}
