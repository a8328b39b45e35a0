package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An order in which a set of tables can be created: every table after the tables of the set it references (tables
 * outside the set are assumed to exist). Where references form a cycle, the foreign keys that close it are taken out
 * of their tables and listed as {@link #deferredForeignKeys()}, to be added once all tables exist. Ties are broken by
 * table name, so the order is deterministic. Dropping goes in the reverse order.
 */
record TableOrder(List<Table> tables, List<Map.Entry<String, ForeignKey>> deferredForeignKeys) {

    static TableOrder creationOrder(List<Table> tables) {
        Map<String, Table> pending = new TreeMap<>();
        tables.forEach(t -> pending.put(t.name(), t));
        // For each table, how many of its references wait for a pending table, and which tables refer to each.
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> referrers = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>();
        for (Table table : pending.values()) {
            List<ForeignKey> references = referencedPending(table, pending);
            waiting.put(table.name(), references.size());
            references.forEach(fk -> referrers.computeIfAbsent(fk.referencedTable(), t -> new ArrayList<>())
                    .add(table.name()));
            if (references.isEmpty()) {
                ready.add(table.name());
            }
        }
        List<Table> ordered = new ArrayList<>();
        List<Map.Entry<String, ForeignKey>> deferred = new ArrayList<>();
        while (!pending.isEmpty()) {
            Table next;
            if (!ready.isEmpty()) {
                next = pending.get(ready.pollFirst());
            } else {
                // A cycle: create the first table by name without its references to the tables still pending.
                Table first = pending.values().iterator().next();
                List<ForeignKey> cut = referencedPending(first, pending);
                cut.forEach(fk -> deferred.add(new AbstractMap.SimpleImmutableEntry<>(first.name(), fk)));
                next = first.withForeignKeys(first.foreignKeys().stream().filter(fk -> !cut.contains(fk)).toList());
            }
            ordered.add(next);
            pending.remove(next.name());
            for (String referrer : referrers.getOrDefault(next.name(), List.of())) {
                if (pending.containsKey(referrer) && waiting.merge(referrer, -1, Integer::sum) == 0) {
                    ready.add(referrer);
                }
            }
        }
        return new TableOrder(List.copyOf(ordered), List.copyOf(deferred));
    }

    private static List<ForeignKey> referencedPending(Table table, Map<String, Table> pending) {
        return table.foreignKeys().stream()
                .filter(fk -> !fk.referencedTable().equals(table.name()) && pending.containsKey(fk.referencedTable()))
                .toList();
    }
}
