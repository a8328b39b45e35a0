package dev.retort.bench;

import dev.retort.diff.SchemaDiff;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 5: Retort's differ ({@link SchemaDiff#diff}) on schemas of 50, 500 and 5,000 tables, in process. Three
 * comparisons, as the processor makes them: the first build (everything new), an ordinary change (every tenth table
 * changed), and a build with nothing to do.
 */
@State(Scope.Benchmark)
public class DiffBenchmark {

    @Param({"50", "500", "5000"})
    public int tables;

    private Schema base;
    private Schema changed;
    private Schema same;

    @Setup
    public void setUp() {
        base = DiffSchemas.base(tables);
        changed = DiffSchemas.changed(tables);
        same = DiffSchemas.base(tables);
    }

    /** From an empty snapshot: every table created. */
    @Benchmark
    public List<Operation> createAll() {
        return SchemaDiff.diff(Schema.EMPTY, base);
    }

    /** Every tenth table changed: a column added, a type changed, an index added. */
    @Benchmark
    public List<Operation> changeTenth() {
        return SchemaDiff.diff(base, changed);
    }

    /** Nothing changed (an equal schema, not the same instance). */
    @Benchmark
    public List<Operation> unchanged() {
        return SchemaDiff.diff(base, same);
    }
}
