package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    @Test
    void textFormRoundTrips() {
        List<ColumnType> all = List.of(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT,
                ColumnType.BOOLEAN, ColumnType.DOUBLE, ColumnType.NUMERIC(10, 2), ColumnType.VARCHAR(255),
                ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.TIMESTAMP_TZ, ColumnType.UUID, ColumnType.BINARY);
        for (ColumnType type : all) {
            assertEquals(type, ColumnType.parse(type.toString()), type.toString());
        }
        assertEquals("numeric(10,2)", ColumnType.NUMERIC(10, 2).toString());
        assertEquals("timestamp with time zone", ColumnType.TIMESTAMP_TZ.toString());
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
    }
}
