package dev.retort.bench.app.retort;

import dev.retort.Retort;
import dev.retort.bench.app.Probe;

/**
 * Boots as an application using Retort does: {@code Retort.at(url).upgrade(target)}, with the revisions that the
 * {@code META-INF/retort/revisions} index on the class path lists (the suite compiles them with the processor).
 *
 * <pre>
 * upgrade URL USER PASSWORD TARGET
 * </pre>
 */
public final class RetortMain {

    private RetortMain() {}

    public static void main(String[] args) throws Exception {
        if (!args[0].equals("upgrade")) {
            throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        String url = args[1];
        String user = args[2];
        String password = args[3];
        String target = args[4];
        Probe.measure(() -> {
            Retort retort = user.isEmpty() ? Retort.at(url) : Retort.at(url, user, password);
            return retort.upgrade(target).size();
        });
    }
}
