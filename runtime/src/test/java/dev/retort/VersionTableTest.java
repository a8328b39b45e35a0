package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.PostgresDialect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The statements that move the version table's rows: as few as a step needs. */
class VersionTableTest {

    private final VersionTable table = new VersionTable(new PostgresDialect());

    @Test
    void aHeadMovingOnIsOneUpdate() {
        assertEquals(List.of("UPDATE \"retort_version\" SET \"revision\" = 'b2' WHERE \"revision\" = 'a1'"),
                table.update(Set.of("a1"), Set.of("b2")));
        assertEquals(List.of("UPDATE \"retort_version\" SET \"revision\" = 'e5' WHERE \"revision\" = 'd4'"),
                table.update(Set.of("d4", "x9"), Set.of("e5", "x9")), "the other branch's row stays");
    }

    @Test
    void otherStepsDeleteAndInsert() {
        assertEquals(List.of("INSERT INTO \"retort_version\" (\"revision\") VALUES ('a1')"),
                table.update(Set.of(), Set.of("a1")));
        assertEquals(List.of("DELETE FROM \"retort_version\" WHERE \"revision\" = 'a1'"),
                table.update(Set.of("a1"), Set.of()));
        assertEquals(List.of("DELETE FROM \"retort_version\" WHERE \"revision\" = 'd4'",
                        "DELETE FROM \"retort_version\" WHERE \"revision\" = 'e5'",
                        "INSERT INTO \"retort_version\" (\"revision\") VALUES ('f6')"),
                table.update(Set.of("d4", "e5"), Set.of("f6")), "a merge");
        assertEquals(List.of("DELETE FROM \"retort_version\" WHERE \"revision\" = 'f6'",
                        "INSERT INTO \"retort_version\" (\"revision\") VALUES ('d4')",
                        "INSERT INTO \"retort_version\" (\"revision\") VALUES ('e5')"),
                table.update(Set.of("f6"), Set.of("d4", "e5")), "a merge undone");
        assertEquals(List.of(), table.update(Set.of("a1"), Set.of("a1")));
    }
}
