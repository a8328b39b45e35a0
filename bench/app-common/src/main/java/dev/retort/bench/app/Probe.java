package dev.retort.bench.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * What a benchmarked application reports to the suite, as its last line of standard output:
 * {@code BENCH-RESULT call_ns=... heap_peak_bytes=... vm_hwm_kb=... count=...}.
 *
 * <ul>
 *   <li>{@code call_ns}: the time of the measured call (the migrate call, the connect), from {@link System#nanoTime};
 *   <li>{@code heap_peak_bytes}: the sum of the peak usage of the JVM's heap pools since the JVM started (what the
 *       garbage collector let accumulate, not only what was live);
 *   <li>{@code vm_hwm_kb}: the process's peak resident set size so far ({@code VmHWM} of {@code /proc/self/status}),
 *       read just before the JVM exits: JVM, class metadata, JIT, and native memory such as SQLite's page cache;
 *   <li>{@code count}: what the call reports (migrations applied, statements run), to check that it did the work.
 * </ul>
 */
public final class Probe {

    private Probe() {}

    /** Runs {@code call}, then prints the result line. */
    public static void measure(Call call) throws Exception {
        long start = System.nanoTime();
        long count = call.run();
        long nanos = System.nanoTime() - start;
        System.out.flush();
        System.out.println("BENCH-RESULT call_ns=" + nanos + " heap_peak_bytes=" + heapPeak() + " vm_hwm_kb="
                + vmHwmKb() + " count=" + count);
        System.out.flush();
    }

    /** A JDBC connection to {@code url}; {@code user} empty for none (SQLite). */
    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** The measured work; returns what it counted. */
    @FunctionalInterface
    public interface Call {
        long run() throws Exception;
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long vmHwmKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
