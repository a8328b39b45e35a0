package dev.retort;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The other JVMs of {@link ConcurrencyTest} and {@link CrashTest}. {@code rounds}: for each line {@code upgrade <url>}
 * on stdin, upgrades that database to the head of {@link Histories#small()} and answers {@code done <ids applied>} or
 * {@code failed <why>}. {@code loop <url>}: upgrades {@link Histories#linear} to head and back to base until killed.
 * Prints {@code ready} once it is warm.
 */
public final class MigratingProcess {

    static final int LINEAR_SIZE = 60;

    private MigratingProcess() {}

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("rounds")) {
            rounds(out);
        } else {
            loop(args[1], out);
        }
    }

    private static void rounds(PrintStream out) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Retort.offline().withLoadedRevisions(Histories.small()).heads();
        out.println("ready");
        for (String line = in.readLine(); line != null && !line.equals("exit"); line = in.readLine()) {
            String url = line.substring("upgrade ".length());
            try {
                List<RevisionInfo> applied = Retort.at(url).withLoadedRevisions(Histories.small()).upgrade("head");
                out.println("done " + applied.stream().map(RevisionInfo::id).collect(Collectors.joining(",")));
            } catch (RuntimeException e) {
                out.println("failed " + e.toString().replace('\n', ' '));
            }
        }
    }

    private static void loop(String url, PrintStream out) {
        Retort retort = Retort.at(url).withLoadedRevisions(Histories.linear(LINEAR_SIZE));
        retort.current();
        out.println("ready");
        while (true) {
            retort.upgrade("head");
            retort.downgrade("base");
        }
    }
}
