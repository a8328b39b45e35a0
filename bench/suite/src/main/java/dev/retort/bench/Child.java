package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one of the bench applications in a JVM of its own (the JDK that runs the suite) and reads what it reports
 * ({@code BENCH-RESULT ...}, see the apps' {@code Probe}). The wall time runs from starting the process to its end:
 * JVM start, class loading, the call, shutdown.
 */
final class Child {

    /** The slowest run allowed; a stuck child fails the suite rather than hanging it. */
    private static final long TIMEOUT_MINUTES = 10;

    private final Path logs;

    Child(Path logs) {
        this.logs = logs;
    }

    /**
     * What one run measured.
     *
     * @param wallNanos process start to exit, as the suite saw it
     * @param callNanos the measured call inside the process
     * @param heapPeakBytes the sum of the heap pools' peak usage
     * @param vmHwmKb peak resident set size
     * @param count what the call counted (migrations applied, ...)
     */
    record Result(long wallNanos, long callNanos, long heapPeakBytes, long vmHwmKb, long count) {

        double wallMillis() {
            return wallNanos / 1e6;
        }

        double callMillis() {
            return callNanos / 1e6;
        }

        double heapPeakMb() {
            return heapPeakBytes / (1024.0 * 1024.0);
        }

        double rssMb() {
            return vmHwmKb / 1024.0;
        }
    }

    /** The options every benchmarked JVM gets: none beyond what a JDK 24+ needs for SQLite's native library. */
    static List<String> standardJvmOptions() {
        List<String> options = new ArrayList<>();
        if (Runtime.version().feature() >= 24) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        return options;
    }

    Result run(String name, List<String> jvmOptions, String classpath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(standardJvmOptions());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        Path log = logs.resolve(name + ".log");
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            long wall = System.nanoTime() - start;
            if (!ended) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " ran longer than " + TIMEOUT_MINUTES + " minutes; see " + log);
            }
            List<String> lines = Files.readAllLines(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + process.exitValue() + ":\n"
                        + tail(lines) + "\n(command: " + String.join(" ", command) + ")");
            }
            return parse(name, wall, lines);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    private static Result parse(String name, long wall, List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith("BENCH-RESULT ")) {
                long call = 0;
                long heap = 0;
                long hwm = 0;
                long count = 0;
                for (String field : line.substring("BENCH-RESULT ".length()).split(" ")) {
                    String[] pair = field.split("=", 2);
                    long value = Long.parseLong(pair[1]);
                    switch (pair[0]) {
                        case "call_ns" -> call = value;
                        case "heap_peak_bytes" -> heap = value;
                        case "vm_hwm_kb" -> hwm = value;
                        case "count" -> count = value;
                        default -> { }
                    }
                }
                return new Result(wall, call, heap, hwm, count);
            }
        }
        throw new IllegalStateException(name + " reported no BENCH-RESULT line:\n" + tail(lines));
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
