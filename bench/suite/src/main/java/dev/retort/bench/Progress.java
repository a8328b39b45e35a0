package dev.retort.bench;

import java.time.Duration;

/** Progress on standard error, with the time since the suite started. */
final class Progress {

    private static final long START = System.nanoTime();

    private Progress() {}

    static void say(String message) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - START);
        System.err.printf("[bench %02d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(), message);
    }
}
