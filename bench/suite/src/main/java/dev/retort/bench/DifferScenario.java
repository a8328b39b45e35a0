package dev.retort.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DiffBenchmark} under JMH: each fork is a fresh JVM and counts as one run (its score is the mean of its
 * measured iterations), so the median and range are over forks, like the other scenarios' runs.
 */
final class DifferScenario {

    static final String[] BENCHMARKS = {"createAll", "changeTenth", "unchanged"};
    static final int[] SIZES = {50, 500, 5000};

    /** Microseconds per diff, by benchmark and then by number of tables. */
    static final class Results {
        final Map<String, Map<Integer, Samples>> micros = new LinkedHashMap<>();
        String settings = "";
    }

    private final Path log;

    DifferScenario(Path log) {
        this.log = log;
    }

    Results run(int forks) throws Exception {
        Files.createDirectories(log.getParent());
        // At 5,000 tables one diff takes tens of milliseconds, and the JIT needs a few dozen of them to finish
        // compiling the differ: a shorter warm-up measures the interpreter at the largest size only.
        int warmups = 5;
        int iterations = 3;
        TimeValue time = TimeValue.seconds(1);
        Options options = new OptionsBuilder()
                .include(DiffBenchmark.class.getName() + "\\.")
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(time)
                .measurementIterations(iterations)
                .measurementTime(time)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .output(log.toString())
                .build();
        Collection<RunResult> runs = new Runner(options).run();
        Results results = new Results();
        results.settings = "JMH, average time, " + forks + " forks × (" + warmups + " warm-up + " + iterations
                + " measured iterations of " + time + ")";
        for (String benchmark : BENCHMARKS) {
            Map<Integer, Samples> bySize = new LinkedHashMap<>();
            for (int size : SIZES) {
                bySize.put(size, new Samples());
            }
            results.micros.put(benchmark, bySize);
        }
        for (RunResult run : runs) {
            String method = run.getParams().getBenchmark();
            String benchmark = method.substring(method.lastIndexOf('.') + 1);
            int size = Integer.parseInt(run.getParams().getParam("tables"));
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                results.micros.get(benchmark).get(size).add(fork.getPrimaryResult().getScore());
            }
        }
        results.micros.forEach((benchmark, bySize) -> bySize.forEach((size, samples) -> {
            if (samples.size() != forks) {
                throw new IllegalStateException("JMH reported " + samples.size() + " forks of " + benchmark + " with "
                        + size + " tables, not " + forks);
            }
        }));
        return results;
    }
}
