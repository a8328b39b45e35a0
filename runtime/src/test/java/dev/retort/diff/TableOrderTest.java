package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The creation order of tables: referenced tables first, ties by name, cycles cut at the first table by name. */
class TableOrderTest {

    @Test
    void referencedTablesComeFirstAndTiesGoByName() {
        TableOrder order = TableOrder.creationOrder(List.of(table("lines", "orders", "products"), table("orders",
                "customers"), table("products"), table("customers"), table("audit")));

        assertEquals(List.of("audit", "customers", "orders", "products", "lines"), names(order));
        assertEquals(List.of(), order.deferredForeignKeys());
    }

    @Test
    void aCycleIsCutAtItsFirstTableByName() {
        TableOrder order = TableOrder.creationOrder(List.of(table("teams", "employees"), table("employees", "teams"),
                table("customers", "employees"), table("self", "self")));

        // A reference to itself waits for nothing; then no table is ready and the first by name is cut loose.
        assertEquals(List.of("self", "customers", "employees", "teams"), names(order));
        assertEquals(List.of(Map.entry("customers", fk("customers", "employees")),
                        Map.entry("employees", fk("employees", "teams"))),
                order.deferredForeignKeys().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        assertEquals(List.of(), order.tables().get(1).foreignKeys());
    }

    /** The order the first, quadratic version of the algorithm gave, on random graphs with cycles. */
    @Test
    void sameOrderAsPickingTheFirstReadyTableByNameEachTime() {
        Random random = new Random(20261206);
        for (int round = 0; round < 200; round++) {
            List<Table> tables = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                List<String> referenced = new ArrayList<>();
                for (int j = 0; j < count; j++) {
                    if (random.nextInt(5) == 0) {
                        referenced.add("t" + j);
                    }
                }
                tables.add(table("t" + i, referenced.toArray(String[]::new)));
            }
            assertEquals(naiveOrder(tables), names(TableOrder.creationOrder(tables)), "round " + round);
        }
    }

    private static List<String> naiveOrder(List<Table> tables) {
        java.util.TreeMap<String, Table> pending = new java.util.TreeMap<>();
        tables.forEach(t -> pending.put(t.name(), t));
        List<String> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            String ready = pending.values().stream()
                    .filter(t -> t.foreignKeys().stream().noneMatch(fk -> !fk.referencedTable().equals(t.name())
                            && pending.containsKey(fk.referencedTable())))
                    .map(Table::name)
                    .findFirst()
                    .orElse(pending.firstKey());
            ordered.add(ready);
            pending.remove(ready);
        }
        return ordered;
    }

    private static List<String> names(TableOrder order) {
        return order.tables().stream().map(Table::name).toList();
    }

    private static Table table(String name, String... referenced) {
        List<Column> columns = new ArrayList<>(List.of(new Column("id", ColumnType.BIGINT, false, false)));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (String target : referenced) {
            columns.add(new Column(target + "_id", ColumnType.BIGINT, true, false));
            foreignKeys.add(fk(name, target));
        }
        return new Table(name, columns, List.of("id"), List.of(), foreignKeys, List.of());
    }

    private static ForeignKey fk(String table, String target) {
        return new ForeignKey("fk_" + table + "_" + target, List.of(target + "_id"), target, List.of("id"));
    }
}
