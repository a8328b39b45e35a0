package dev.retort.testkit;

import dev.retort.RetortException;
import dev.retort.RevisionInfo;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * From base, for every revision in the order the runtime applies them: upgrade one, downgrade one, upgrade it again,
 * reading the live schema after each step. A downgrade must give back exactly the schema before the upgrade, and the
 * second upgrade exactly the schema of the first. This finds the downgrade that forgets an index, the upgrade that
 * cannot run twice because its downgrade left something behind, and the downgrade that fails outright.
 */
final class Stairway {

    private final Database database;

    Stairway(Database database) {
        this.database = database;
    }

    void climb() {
        database.toBase("The stairway");
        List<RevisionInfo> order = new ArrayList<>(database.retort().history());
        Collections.reverse(order);
        Schema before = database.liveSchema();
        for (int i = 0; i < order.size(); i++) {
            Step step = new Step(order.get(i), i + 1, order.size());
            step.upgrade("upgrade");
            Schema upgraded = database.liveSchema();
            step.downgrade();
            step.requireSame(before, database.liveSchema(), "its downgrade does not undo its upgrade: compared with "
                    + "before the upgrade, the database has changed by");
            step.upgrade("second upgrade, after the downgrade,");
            Schema again = database.liveSchema();
            step.requireSame(upgraded, again, "its second upgrade, after the downgrade, does not give the schema of "
                    + "the first: compared with after the first upgrade, the database has changed by");
            before = again;
        }
    }

    /** One revision of the stairway, and the messages that name it. */
    private final class Step {

        private final RevisionInfo revision;
        private final String where;

        Step(RevisionInfo revision, int number, int count) {
            this.revision = revision;
            this.where = "Stairway failed at revision " + number + " of " + count + ", "
                    + Database.describe(revision) + ": ";
        }

        void upgrade(String which) {
            List<RevisionInfo> applied;
            try {
                applied = database.retort().upgrade("+1");
            } catch (RetortException e) {
                throw new AssertionError(where + "its " + which + " failed: " + e.getMessage(), e);
            }
            requireOnlyThis(applied, "upgrade +1");
        }

        void downgrade() {
            List<RevisionInfo> undone;
            try {
                undone = database.retort().downgrade("-1");
            } catch (RetortException e) {
                throw new AssertionError(where + "its downgrade failed: " + e.getMessage(), e);
            }
            requireOnlyThis(undone, "downgrade -1");
        }

        void requireSame(Schema expected, Schema actual, String what) {
            List<String> changes = SchemaDifference.between(expected, actual);
            if (!changes.isEmpty()) {
                throw new AssertionError(where + what + ": " + String.join(", ", changes));
            }
        }

        private void requireOnlyThis(List<RevisionInfo> ran, String command) {
            if (ran.size() != 1 || !ran.get(0).id().equals(revision.id())) {
                throw new AssertionError(where + command + " ran " + (ran.isEmpty() ? "nothing"
                        : Database.describe(ran)) + " instead of this revision");
            }
        }
    }
}
