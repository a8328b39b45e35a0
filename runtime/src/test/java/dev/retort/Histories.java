package dev.retort;

import static dev.retort.Revisions.revision;
import static dev.retort.schema.ColumnType.BIGINT;
import static dev.retort.schema.ColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.List;

/**
 * Histories for the tests that run several JVMs: the same revisions in every process. Some insert rows with fixed
 * keys, so a revision applied twice fails loudly; one builds an index without a transaction.
 */
final class Histories {

    private Histories() {}

    /** Six revisions: two tables, a column, rows, and a non-transactional index. */
    static List<LoadedRevision> small() {
        return List.of(
                revision("s0", List.of(), true, op -> op.createTable("shop", t -> t
                        .column("id", BIGINT, c -> c.primaryKey()).column("name", VARCHAR(50))),
                        op -> op.dropTable("shop")),
                revision("s1", List.of("s0"), true, op -> op.execute("INSERT INTO shop (id, name) VALUES (1, 'a')"),
                        op -> op.execute("DELETE FROM shop WHERE id = 1")),
                revision("s2", List.of("s1"), true, op -> op.addColumn("shop", "city", VARCHAR(50)),
                        op -> op.dropColumn("shop", "city")),
                revision("s3", List.of("s2"), false, op -> op.createIndex("ix_shop_city", "shop", "city"),
                        op -> op.dropIndex("ix_shop_city", "shop")),
                revision("s4", List.of("s3"), true, op -> op.createTable("item", t -> t
                        .column("id", BIGINT, c -> c.primaryKey())
                        .column("shop_id", BIGINT, c -> c.references("shop", "id"))),
                        op -> op.dropTable("item")),
                revision("s5", List.of("s4"), true, op -> op.execute("INSERT INTO item (id, shop_id) VALUES (1, 1)"),
                        op -> op.execute("DELETE FROM item WHERE id = 1")));
    }

    /**
     * {@code size} revisions in a line, repeating: create a table, add a column to it, index it, insert a row into
     * it; the index of revision 30 is built without a transaction.
     */
    static List<LoadedRevision> linear(int size) {
        List<LoadedRevision> revisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("h%02d", i);
            List<String> parents = i == 0 ? List.of() : List.of(String.format("h%02d", i - 1));
            String table = "t" + (i / 4);
            revisions.add(switch (i % 4) {
                case 0 -> revision(id, parents, true, op -> op.createTable(table, t -> t
                        .column("id", BIGINT, c -> c.primaryKey())), op -> op.dropTable(table));
                case 1 -> revision(id, parents, true, op -> op.addColumn(table, "v", VARCHAR(20)),
                        op -> op.dropColumn(table, "v"));
                case 2 -> revision(id, parents, i != 30, op -> op.createIndex("ix_" + table + "_v", table, "v"),
                        op -> op.dropIndex("ix_" + table + "_v", table));
                default -> revision(id, parents, true,
                        op -> op.execute("INSERT INTO " + table + " (id, v) VALUES (1, 'x')"),
                        op -> op.execute("DELETE FROM " + table + " WHERE id = 1"));
            });
        }
        return revisions;
    }
}
