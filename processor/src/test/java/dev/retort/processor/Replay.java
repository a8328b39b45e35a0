package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import java.util.Comparator;

/** Runs a compiled revision through the DSL and checks the schemas it leads to. */
final class Replay {

    private Replay() {}

    /**
     * The upgrade turns {@code before} into exactly {@code after}; the downgrade turns {@code after} back into
     * {@code before}, up to the order of columns (a column added back comes last, as databases append it).
     */
    static void assertRevision(Compilation compilation, String className, Schema before, Schema after) {
        Migration revision = new CompiledClasses(compilation).newInstance(className, Migration.class);
        Operations upgrade = new Operations(before);
        revision.upgrade(upgrade);
        assertEquals(after, upgrade.schema(), "schema after the upgrade");
        Operations downgrade = new Operations(after);
        revision.downgrade(downgrade);
        assertEquals(columnsByName(before), columnsByName(downgrade.schema()), "schema after the downgrade");
    }

    static Schema columnsByName(Schema schema) {
        return schema.withTables(schema.tables().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList());
    }
}
