package dev.retort;

import java.util.List;
import java.util.function.Consumer;

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

    /** A revision that does what {@code upgrade} and {@code downgrade} record. */
    static LoadedRevision revision(String id, List<String> parents, boolean transactional,
            Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        };
        return new LoadedRevision(id, parents, List.of(), List.of(), transactional, "revision " + id,
                "test." + id, migration);
    }

    static List<String> ids(List<LoadedRevision> revisions) {
        return revisions.stream().map(LoadedRevision::id).toList();
    }
}
