package dev.retort;

import java.util.List;

/** Revisions made directly, without classes, for tests of the graph and of targets. */
final class Revisions {

    private static final Migration NOTHING = new Migration() {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    };

    private Revisions() {}

    static LoadedRevision revision(String id, String className, String... parents) {
        return new LoadedRevision(id, List.of(parents), "", className, NOTHING);
    }

    /** A revision with dependencies and branch labels. */
    static LoadedRevision revision(String id, String className, List<String> parents, List<String> dependsOn,
            List<String> labels) {
        return new LoadedRevision(id, parents, dependsOn, labels, true, "", className, NOTHING);
    }

    static List<String> ids(List<LoadedRevision> revisions) {
        return revisions.stream().map(LoadedRevision::id).toList();
    }
}
