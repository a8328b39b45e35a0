package dev.retort.processor.revision;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The default package of revisions when there are none yet: the longest common package of the entities, plus
 * {@code .migrations}. Once there are revisions, new ones go where they are ({@link KnownRevisions#packageOr}), so
 * that a build that compiles only some of the entities does not start a second history in another package.
 */
public final class MigrationsPackage {

    private static final String SUFFIX = "migrations";

    private MigrationsPackage() {}

    public static String of(Collection<String> entityPackages) {
        List<String> common = null;
        for (String packageName : entityPackages) {
            List<String> parts = packageName.isEmpty() ? List.of() : Arrays.asList(packageName.split("\\."));
            common = common == null ? parts : commonPrefix(common, parts);
        }
        return common == null || common.isEmpty() ? SUFFIX : String.join(".", common) + "." + SUFFIX;
    }

    private static List<String> commonPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return a.subList(0, n);
    }
}
