package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void defaultNamesJoinTableAndColumns() {
        assertEquals("fk_fees_student_id", Names.foreignKey("fees", List.of("student_id")));
        assertEquals("uk_students_first_last", Names.uniqueConstraint("students", List.of("first", "last")));
        assertEquals("ix_fees_status", Names.index("fees", List.of("status")));
        assertEquals("ix_Order_Total", Names.index("\"Order\"", List.of("\"Total\"")));
    }

    @Test
    void longNamesAreShortenedStablyAndStayDistinct() {
        String column = "a_column_with_a_rather_long_name_that_goes_on";
        String one = Names.index("a_table_with_a_long_name", List.of(column, "one"));
        String two = Names.index("a_table_with_a_long_name", List.of(column, "two"));

        assertTrue(one.getBytes(StandardCharsets.UTF_8).length <= Names.MAX_BYTES, one);
        assertEquals(Names.MAX_BYTES, one.length());
        assertNotEquals(one, two);
        assertEquals(one, Names.index("a_table_with_a_long_name", List.of(column, "one")));
    }

    @Test
    void shorteningCountsBytesNotCharacters() {
        String name = "ix_" + "ü".repeat(40);
        String shortened = Names.shorten(name);

        assertTrue(shortened.getBytes(StandardCharsets.UTF_8).length <= Names.MAX_BYTES, shortened);
        assertTrue(shortened.startsWith("ix_üü"));
    }

    @Test
    void qualifiedNamesSplitOnTheDotOutsideQuotes() {
        assertEquals("billing.invoices", Names.qualified("billing", "invoices"));
        assertEquals("invoices", Names.qualified("", "invoices"));
        assertEquals("invoices", Names.qualified(null, "invoices"));
        assertEquals("\"Billing\".\"a.b\"", Names.qualified("\"Billing\"", "\"a.b\""));

        assertEquals(Optional.of("billing"), Names.schemaOf("billing.invoices"));
        assertEquals("invoices", Names.tableOf("billing.invoices"));
        assertEquals(Optional.of("\"Billing\""), Names.schemaOf("\"Billing\".\"a.b\""));
        assertEquals("\"a.b\"", Names.tableOf("\"Billing\".\"a.b\""));
        assertEquals(Optional.empty(), Names.schemaOf("\"a.b\""));
        assertEquals("\"a.b\"", Names.tableOf("\"a.b\""));
        assertTrue(Names.isQualified("\"Billing\".invoices"));
        assertFalse(Names.isQualified("\"Billing.invoices\""));
        assertEquals(List.of("\"Bill\"\"ing\"", "x"), Names.parts("\"Bill\"\"ing\".x"));

        assertThrows(IllegalArgumentException.class, () -> Names.qualified("billing", "a.b"));
        assertThrows(IllegalArgumentException.class, () -> Names.qualified("a.b", "invoices"));
        assertThrows(IllegalArgumentException.class, () -> Table.of("a.b.c", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Table.of("billing.", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Sequence(".seq", 1, 1));
    }

    @Test
    void derivedNamesUseTheTablePartAlone() {
        assertEquals("fk_invoices_customer_id", Names.foreignKey("billing.invoices", List.of("customer_id")));
        assertEquals("uk_invoices_number", Names.uniqueConstraint("billing.invoices", List.of("number")));
        assertEquals("ix_Invoices_due", Names.index("\"Billing\".\"Invoices\"", List.of("due")));
    }

    @Test
    void quotedNamesAreRecognised() {
        assertTrue(Names.isQuoted("\"Order\""));
        assertEquals("Order", Names.unquoted("\"Order\""));
        assertEquals("order", Names.unquoted("order"));
    }
}
