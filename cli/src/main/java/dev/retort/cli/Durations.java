package dev.retort.cli;

import java.time.Duration;
import java.util.Locale;

/** Durations for people: {@code 35 ms}, {@code 1.2 s}, {@code 3 min 5 s}. */
final class Durations {

    private Durations() {}

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }
}
