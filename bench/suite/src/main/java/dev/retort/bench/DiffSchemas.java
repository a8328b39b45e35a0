package dev.retort.bench;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Schemas for the differ's benchmark: {@code n} tables shaped like the entities of scenario 3 (an identity key, four
 * columns, an index, and a foreign key to table {@code i / 2}), and the same schema with every tenth table changed (a
 * column added, a column's type changed, an index added).
 */
final class DiffSchemas {

    private DiffSchemas() {}

    static Schema base(int n) {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tables.add(table(i, false));
        }
        return new Schema(tables);
    }

    static Schema changed(int n) {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tables.add(table(i, i % 10 == 0));
        }
        return new Schema(tables);
    }

    private static Table table(int i, boolean changed) {
        String name = name(i);
        List<Column> columns = new ArrayList<>(List.of(
                new Column("id", ColumnType.BIGINT, false, true),
                new Column("name", ColumnType.VARCHAR(100), false, false),
                new Column("amount", changed ? ColumnType.NUMERIC(12, 2) : ColumnType.NUMERIC(10, 2), true, false),
                new Column("quantity", ColumnType.INTEGER, true, false),
                new Column("created_at", ColumnType.TIMESTAMP, true, false)));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (i > 1) {
            columns.add(new Column("parent_id", ColumnType.BIGINT, true, false));
            foreignKeys.add(new ForeignKey("fk_" + name + "_parent", List.of("parent_id"), name(i / 2),
                    List.of("id")));
        }
        List<Index> indexes = new ArrayList<>(List.of(new Index("ix_" + name + "_name", List.of("name"), false)));
        if (changed) {
            columns.add(new Column("note", ColumnType.VARCHAR(200), true, false));
            indexes.add(new Index("ix_" + name + "_quantity", List.of("quantity"), false));
        }
        return new Table(name, columns, List.of("id"), List.of(), foreignKeys, indexes);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "t%05d", i);
    }
}
