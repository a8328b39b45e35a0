package dev.retort.cli;

import java.util.Map;

/**
 * What a command reports: its exit code, its JSON fields (without {@code command} and {@code exitCode}, which every
 * document gets), and its text for people.
 */
record Outcome(Exit exit, Map<String, Object> json, String text) {

    static Outcome ok(Map<String, Object> json, String text) {
        return new Outcome(Exit.OK, json, text);
    }
}
