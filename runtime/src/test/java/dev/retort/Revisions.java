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

    static List<String> ids(List<LoadedRevision> revisions) {
        return revisions.stream().map(LoadedRevision::id).toList();
    }
}
