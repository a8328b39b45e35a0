package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the suite ran on, read from the system: CPU, memory, OS, JDK, load. */
final class Machine {

    private Machine() {}

    static List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available to the"
                + " JVM");
        lines.add("Memory: " + memory());
        lines.add("OS: " + osRelease() + ", kernel " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        lines.add("JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + " (every measured JVM, javac and JMH fork uses it,"
                + " with default options)");
        return lines;
    }

    /** The 1-, 5- and 15-minute load averages: more than the cores means other work competed with the suite. */
    static String loadAverage() {
        String text = read(Path.of("/proc/loadavg"));
        String[] fields = text.split("\\s+");
        return fields.length >= 3 ? fields[0] + " / " + fields[1] + " / " + fields[2] : "unknown";
    }

    private static String cpuModel() {
        for (String line : lines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static String osRelease() {
        for (String line : lines(Path.of("/etc/os-release"))) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
